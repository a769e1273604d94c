#include "LetterKit.h"

#include "Result.h"
#include "JsonParse.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::LetterKit)
};

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression p(u"\\{([A-Za-z.]+)\\}"_s);
    return p;
}

QString fileOf(LetterKit::Kind kind, const QString& language)
{
    switch (kind) {
    case LetterKit::Kind::Approval:
        return u"approval.%1.txt"_s.arg(language);
    case LetterKit::Kind::PartialApproval:
        return u"partial-approval.%1.txt"_s.arg(language);
    case LetterKit::Kind::Denial:
        return u"denial.%1.txt"_s.arg(language);
    case LetterKit::Kind::InformationRequest:
        return u"information-request.%1.txt"_s.arg(language);
    }
    return {};
}

// Reads one of the kit's files from the plan's folder, or else the built-in copy.
Result<QString> readKitFile(const QString& directory, const QString& name,
                            QHash<QString, QString>& sources)
{
    const QString planCopy = QDir(directory).filePath(name);
    const QString path = QFile::exists(planCopy) ? planCopy : u":/urdesk/letters/"_s + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            Text::tr("%1: cannot read: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    sources.insert(name, path);
    return QString::fromUtf8(file.readAll());
}

Result<QJsonObject> jsonObject(const QString& text, const QString& path)
{
    const JsonParse parsed = parseJson(text.toUtf8());
    if (!parsed.error.isEmpty())
        return Result<QJsonObject>::failure(
            Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), parsed.error));
    const QJsonDocument& doc = parsed.document;
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            Text::tr("%1: expected a JSON object").arg(QDir::toNativeSeparators(path)));
    return doc.object();
}

// Fills each field from the key of the same name, which must be a text that is not empty.
Done readTexts(const QJsonObject& o, const QList<std::pair<QString, QString*>>& fields,
               const QString& path)
{
    for (const auto& [key, field] : fields) {
        *field = o.value(key).toString().trimmed();
        if (field->isEmpty())
            return Done::failure(Text::tr("%1: \"%2\" must be a text that is not empty")
                                     .arg(QDir::toNativeSeparators(path), key));
    }
    return done();
}

Result<LetterWords> readWords(const QString& text, const QString& path)
{
    using R = Result<LetterWords>;
    const Result<QJsonObject> o = jsonObject(text, path);
    if (!o)
        return R::failure(o.error());
    LetterWords w;
    const QList<std::pair<QString, QString*>> fields{{u"locale"_s, &w.locale},
                                                     {u"dateFormat"_s, &w.dateFormat},
                                                     {u"reference"_s, &w.reference},
                                                     {u"questions"_s, &w.questions},
                                                     {u"printed"_s, &w.printed},
                                                     {u"pageNumbers"_s, &w.pageNumbers},
                                                     {u"quantity"_s, &w.quantity},
                                                     {u"dose"_s, &w.dose},
                                                     {u"quantityAsked"_s, &w.quantityAsked},
                                                     {u"criterion"_s, &w.criterion},
                                                     {u"notCovered"_s, &w.notCovered},
                                                     {u"partial"_s, &w.partial},
                                                     {u"partialPeriod"_s, &w.partialPeriod},
                                                     {u"hours"_s, &w.hours},
                                                     {u"recordsShow"_s, &w.recordsShow},
                                                     {u"recordsSilent"_s, &w.recordsSilent}};
    if (const Done texts = readTexts(o.value(), fields, path); !texts)
        return R::failure(texts.error());
    return w;
}

Result<PlanDetails> readPlan(const QString& text, const QString& path)
{
    using R = Result<PlanDetails>;
    const Result<QJsonObject> o = jsonObject(text, path);
    if (!o)
        return R::failure(o.error());
    PlanDetails plan;
    const QList<std::pair<QString, QString*>> fields{{u"name"_s, &plan.name},
                                                     {u"address"_s, &plan.address},
                                                     {u"phone"_s, &plan.phone},
                                                     {u"tty"_s, &plan.tty},
                                                     {u"appealsAddress"_s, &plan.appealsAddress}};
    if (const Done texts = readTexts(o.value(), fields, path); !texts)
        return R::failure(texts.error());
    const QJsonObject days = o->value(u"appealDays"_s).toObject();
    for (const QString& line : {u"commercial"_s, u"medicarePartD"_s, u"medicaid"_s}) {
        const int n = days.value(line).toInt(0);
        if (n < 1 || n > 3650)
            return R::failure(Text::tr("%1: \"appealDays\" needs \"%2\": a number of days from 1 "
                                       "to 3650")
                                  .arg(QDir::toNativeSeparators(path), line));
        plan.appealDays.insert(line, n);
    }
    return plan;
}

} // namespace

Result<LetterTemplate> LetterTemplate::parse(const QString& text, const QString& fileName,
                                             const QStringList& placeholders,
                                             const QStringList& lists)
{
    using R = Result<LetterTemplate>;
    LetterTemplate t;
    bool inParagraph = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const auto where = [&] { return Text::tr("%1, line %2").arg(fileName).arg(i + 1); };
        if (line.startsWith(u'%'))
            continue;
        if (line.isEmpty()) {
            inParagraph = false;
            continue;
        }
        for (const QRegularExpressionMatch& m : placeholderPattern().globalMatch(line)) {
            const QString name = m.captured(1);
            if (!placeholders.contains(name) && !lists.contains(name))
                return R::failure(Text::tr("%1: unknown placeholder {%2}").arg(where(), name));
            if (lists.contains(name) && line != m.captured(0))
                return R::failure(
                    Text::tr("%1: the list {%2} must stand alone on its line").arg(where(), name));
        }
        Part part;
        if (line.startsWith(u"## ")) {
            part = {DocumentBlock::Kind::Heading, line.mid(3).trimmed(), false};
        } else if (line.startsWith(u"# ")) {
            part = {DocumentBlock::Kind::Title, line.mid(2).trimmed(), false};
        } else if (line.startsWith(u"- ")) {
            part = {DocumentBlock::Kind::Bullets, line.mid(2).trimmed(), false};
        } else if (const auto m = placeholderPattern().match(line);
                   m.hasMatch() && m.captured(0) == line && lists.contains(m.captured(1))) {
            part = {DocumentBlock::Kind::Bullets, m.captured(1), true};
        } else if (inParagraph) {
            // Lines of one paragraph keep their breaks: addresses, signatures.
            t.m_parts.last().text += u'\n' + line;
            continue;
        } else {
            part = {DocumentBlock::Kind::Paragraph, line, false};
            t.m_parts.append(part);
            inParagraph = true;
            continue;
        }
        inParagraph = false;
        t.m_parts.append(part);
    }
    if (t.m_parts.isEmpty())
        return R::failure(Text::tr("%1: the letter is empty").arg(fileName));
    return t;
}

void LetterTemplate::fill(Document& doc, const QHash<QString, QString>& values,
                          const QHash<QString, QStringList>& lists) const
{
    const auto filled = [&values](const QString& text) {
        QString out;
        qsizetype from = 0;
        for (const QRegularExpressionMatch& m : placeholderPattern().globalMatch(text)) {
            out += text.mid(from, m.capturedStart() - from);
            out += values.value(m.captured(1));
            from = m.capturedEnd();
        }
        return out + text.mid(from);
    };
    QStringList bullets;
    const auto flushBullets = [&] {
        if (!bullets.isEmpty())
            doc.addBullets(bullets);
        bullets.clear();
    };
    for (const Part& p : m_parts) {
        if (p.kind == DocumentBlock::Kind::Bullets) {
            if (p.list)
                bullets += lists.value(p.text);
            else
                bullets.append(filled(p.text));
            continue;
        }
        flushBullets();
        switch (p.kind) {
        case DocumentBlock::Kind::Title:
            doc.addTitle(filled(p.text));
            break;
        case DocumentBlock::Kind::Heading:
            doc.addHeading(filled(p.text));
            break;
        default:
            doc.addParagraph(filled(p.text));
            break;
        }
    }
    flushBullets();
}

QStringList LetterKit::placeholders()
{
    return {u"date"_s,
            u"plan.name"_s,
            u"plan.address"_s,
            u"plan.phone"_s,
            u"plan.tty"_s,
            u"plan.hours"_s,
            u"plan.appealsAddress"_s,
            u"member.name"_s,
            u"member.id"_s,
            u"member.birthDate"_s,
            u"prescriber.name"_s,
            u"prescriber.npi"_s,
            u"drug"_s,
            u"case.number"_s,
            u"policy.payer"_s,
            u"policy.number"_s,
            u"policy.title"_s,
            u"decision.date"_s,
            u"requested.quantity"_s,
            u"approval.quantity"_s,
            u"approval.start"_s,
            u"approval.end"_s,
            u"reviewer.name"_s,
            u"appeal.deadline"_s,
            u"appeal.days"_s,
            u"information.due"_s,
            u"requester.name"_s};
}

QStringList LetterKit::lists()
{
    return {u"criteria"_s, u"missing"_s};
}

QString LetterKit::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"letters"_s);
}

Result<LetterKit> LetterKit::load(const QString& directory)
{
    using R = Result<LetterKit>;
    const QString dir = directory.isEmpty() ? defaultDirectory() : directory;
    LetterKit kit;
    for (const QString& language : supportedLanguages()) {
        Language& l = kit.m_languages[language];
        for (Kind kind :
             {Kind::Approval, Kind::PartialApproval, Kind::Denial, Kind::InformationRequest}) {
            const QString name = fileOf(kind, language);
            const Result<QString> text = readKitFile(dir, name, kit.m_sources);
            if (!text)
                return R::failure(text.error());
            Result<LetterTemplate> t = LetterTemplate::parse(
                text.value(), QDir::toNativeSeparators(kit.m_sources.value(name)), placeholders(),
                lists());
            if (!t)
                return R::failure(t.error());
            l.letters.insert(kind, t.value());
        }
        const QString wordsName = u"words.%1.json"_s.arg(language);
        const Result<QString> words = readKitFile(dir, wordsName, kit.m_sources);
        if (!words)
            return R::failure(words.error());
        const Result<LetterWords> w = readWords(words.value(), kit.m_sources.value(wordsName));
        if (!w)
            return R::failure(w.error());
        l.words = w.value();
    }
    const Result<QString> plan = readKitFile(dir, u"plan.json"_s, kit.m_sources);
    if (!plan)
        return R::failure(plan.error());
    const Result<PlanDetails> details = readPlan(plan.value(), kit.m_sources.value(u"plan.json"_s));
    if (!details)
        return R::failure(details.error());
    kit.m_plan = details.value();
    const Result<QString> glossary = readKitFile(dir, u"glossary.json"_s, kit.m_sources);
    if (!glossary)
        return R::failure(glossary.error());
    const Result<QJsonObject> terms =
        jsonObject(glossary.value(), kit.m_sources.value(u"glossary.json"_s));
    if (!terms)
        return R::failure(terms.error());
    for (auto it = terms->begin(); it != terms->end(); ++it) {
        if (it.key() == u"comment")
            continue;
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return R::failure(Text::tr("%1: \"%2\" must be the words it stands for")
                                  .arg(kit.m_sources.value(u"glossary.json"_s), it.key()));
        kit.m_glossary.insert(it.key(), it.value().toString().trimmed());
    }
    return kit;
}

const LetterKit::Language& LetterKit::language(const QString& id) const
{
    const auto it = m_languages.constFind(id);
    return it != m_languages.cend() ? *it : *m_languages.constFind(u"en"_s);
}

const LetterTemplate& LetterKit::letter(Kind kind, const QString& language) const
{
    return *this->language(language).letters.constFind(kind);
}

const LetterWords& LetterKit::words(const QString& language) const
{
    return this->language(language).words;
}

} // namespace urdesk
