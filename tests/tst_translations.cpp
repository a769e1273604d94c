// The translation files against the sources: none stale, Spanish finished, English plurals whole.
#include "StrictTest.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return u"%1: \"%2\""_s.arg(context, source); }
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages.append(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {},
                        {},      xml.attributes().value(QLatin1StringView("numerus")) == u"yes",
                        {},      {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!m.numerus)
                m.forms = {xml.readElementText()};
        } else if (name == u"numerusform") {
            m.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(URDESK_SOURCE_DIR "/translations/urdesk_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// "&File": a keyboard accelerator; "&&" is a literal ampersand.
bool hasAccelerator(QString text)
{
    return text.remove(u"&&"_s).contains(u'&');
}

} // namespace

class TstTranslations : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void tsFilesMatchTheSources_data();
    void tsFilesMatchTheSources();
    void spanishIsFinished();
    void englishHasBothPluralForms();
};

void TstTranslations::tsFilesMatchTheSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("en") << u"en"_s << QStringList{u"-pluralonly"_s};
    QTest::newRow("es") << u"es"_s << QStringList{};
}

// lupdate run on a copy, as the update_translations target runs it on the file itself: a text
// added to or gone from the sources shows as a difference.
void TstTranslations::tsFilesMatchTheSources()
{
    QFETCH(QString, language);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"urdesk_%1.ts"_s.arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(URDESK_LUPDATE),
                  QString::fromUtf8(URDESK_LUPDATE_OPTIONS).split(u'|') + options +
                      QStringList{u"@" URDESK_TRANSLATABLE_SOURCES ""_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    // Each side's texts missing from the other: new in the sources, or gone from them.
    const auto missingFrom = [](const QList<Message>& these, const QList<Message>& those) {
        QSet<QString> keys;
        for (const Message& m : those)
            keys.insert(m.key());
        QStringList missing;
        for (const Message& m : these) {
            if (!keys.contains(m.key()))
                missing.append(m.where());
        }
        return missing;
    };
    const QList<Message> committed = readTs(tsPath(language));
    const QList<Message> current = readTs(copy);
    QVERIFY(!committed.isEmpty());
    const QStringList added = missingFrom(current, committed);
    const QStringList gone = missingFrom(committed, current);
    const QString stale =
        u"translations/urdesk_%1.ts is stale: %2 text(s) of the sources are missing from it "
        "(%3), %4 text(s) in it are gone from the sources (%5). Refresh it with "
        "`cmake --build <build> --target update_translations`, then translate."_s.arg(
            language, QString::number(added.size()), added.mid(0, 5).join(u"; "),
            QString::number(gone.size()), gone.mid(0, 5).join(u"; "));
    QVERIFY2(added.isEmpty() && gone.isEmpty(), qPrintable(stale));
}

void TstTranslations::spanishIsFinished()
{
    const QList<Message> messages = readTs(tsPath(u"es"_s));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message& m : messages) {
        const bool empty = std::any_of(m.forms.begin(), m.forms.end(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!m.type.isEmpty() || m.forms.isEmpty() || empty) {
            problems.append(u"%1 is not translated"_s.arg(m.where()));
            continue;
        }
        if (m.numerus && m.forms.size() != 2)
            problems.append(
                u"%1 needs 2 plural forms, has %2"_s.arg(m.where()).arg(m.forms.size()));
        QSet<QString> wanted = placeholders(m.source);
        for (const QString& form : m.forms) {
            QSet<QString> got = placeholders(form);
            if (m.numerus) { // "Una página": a singular may say its number in words
                wanted.remove(u"%n"_s);
                got.remove(u"%n"_s);
            }
            if (got != wanted)
                problems.append(u"%1: \"%2\" has other placeholders"_s.arg(m.where(), form));
            if (hasAccelerator(m.source) != hasAccelerator(form))
                problems.append(
                    u"%1: \"%2\" loses or adds a keyboard accelerator (&)"_s.arg(m.where(), form));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in translations/urdesk_es.ts:\n"_s.arg(problems.size()) +
                        problems.mid(0, 40).join(u'\n')));
}

void TstTranslations::englishHasBothPluralForms()
{
    const QList<Message> messages = readTs(tsPath(u"en"_s));
    QVERIFY(!messages.isEmpty());
    for (const Message& m : messages) {
        QVERIFY2(m.numerus, qPrintable(m.where() + u" is no plural: English needs only plurals"_s));
        QVERIFY2(m.type.isEmpty() && m.forms.size() == 2 && !m.forms.contains(QString()),
                 qPrintable(m.where() + u" needs its singular and plural forms"_s));
    }
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
