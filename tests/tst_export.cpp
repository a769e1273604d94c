// The review record and the letters, as PDF files: what they say (read back with pdftotext),
// how they are paginated, and that every export is audited with the file's SHA-256.
#include "CaseDossier.h"
#include "CaseExport.h"
#include "DeterminationLetter.h"
#include "EvaluationReport.h"
#include "Evaluator.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

// The text of one page (1-based), or of all pages; lines joined with spaces so that a
// wrapped sentence reads as one.
QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    return run(u"pdftotext"_s, args).simplified();
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// Every page says "Page N of M" with the right numbers, and the case number.
bool pagesNumbered(const QString& pdf, const QString& caseNumber, QString* problem)
{
    const int count = pageCount(pdf);
    if (count < 1) {
        *problem = u"no pages in "_s + pdf;
        return false;
    }
    for (int i = 1; i <= count; ++i) {
        const QString text = pdfText(pdf, i);
        if (!text.contains(u"Page %1 of %2"_s.arg(i).arg(count)) || !text.contains(caseNumber)) {
            *problem = u"page %1 of %2: %3"_s.arg(i).arg(count).arg(text.left(300));
            return false;
        }
    }
    return true;
}

// The first two words of a page whose boxes overlap (text printed over text), or empty.
QString overprintedWords(const QString& pdf)
{
    static const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
        "yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    const QString boxes = run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    if (boxes.isEmpty())
        return u"pdftotext -bbox read nothing from "_s + pdf;
    const QStringList pages = boxes.split(u"<page "_s);
    for (qsizetype n = 1; n < pages.size(); ++n) {
        QList<std::pair<QRectF, QString>> words;
        for (auto it = word.globalMatch(pages.at(n)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            words.append({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                 QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                          m.captured(5)});
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype j = i + 1; j < words.size(); ++j) {
                const QRectF both = words.at(i).first.intersected(words.at(j).first);
                // Neighbours on a line may touch; overprinting covers more than a sliver.
                if (both.width() > 1 && both.height() > 1)
                    return u"page %1: \"%2\" over \"%3\""_s.arg(n).arg(words.at(i).second,
                                                                       words.at(j).second);
            }
        }
    }
    return {};
}

// Writes `text` to `name` in `dir`, making the folder; the file's path.
QString writeFile(const QString& dir, const QString& name, const QByteArray& text)
{
    QDir().mkpath(dir);
    QFile f(dir + u'/' + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

const QRegularExpression& capitals()
{
    static const QRegularExpression c(u"\\b[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\\b"_s);
    return c;
}

// Abbreviations a member would not understand: words with two capitals that are not spelled
// out as "words (ABBR)" in the same text.
QStringList unexplained(const QString& text)
{
    QStringList out;
    for (const QRegularExpressionMatch& m : capitals().globalMatch(text)) {
        if (!text.contains(u'(' + m.captured(0) + u')'))
            out.append(m.captured(0));
    }
    return out;
}

} // namespace

class TestExport : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOutcomeAndPolicy_data();
    void everyOutcomeAndPolicy();
    void spanishLetters_data();
    void spanishLetters();
    void spanishPartialApproval();
    void undecidedCaseHasARecordButNoLetter();
    void recordLeavesOutBranchesThatDoNotApply();
    void pendedCaseLetterAsksForWhatIsMissing();
    void longCasePaginatesWithoutSplittingRows();
    void criteriaInPlainWords();
    void planReplacesLetterFiles();
    void badLetterFilesSayWhereAndWhat();
    void administratorsDoNotExport();

private:
    struct Decided
    {
        CaseRecord record;
        Decision decision;
        QString overridden; // the criterion the director overrode
    };
    // What a prescriber typically asks for of each drug, and how the English letter writes
    // it and half of it.
    struct TypicalRequest
    {
        QString strength;
        double quantity = 0;
        int days = 0;
        QString written;
        QString half;
    };
    static TypicalRequest typicalRequest(const QString& policyId);
    // `followUps`: as many long notes more, made while the case was open.
    Decided decidedCase(const QString& policyId, CaseStatus outcome,
                        const QString& language = u"en"_s, int followUps = 0,
                        const QStringList& deniedOn = {});
    std::shared_ptr<const Policy> policy(const QString& id) const { return m_catalog.find(id); }

    QTemporaryDir m_dir;
    PolicyCatalog m_catalog = PolicyCatalog::load({});
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::optional<LetterKit> m_letters;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext and pdfinfo (poppler-utils) are needed");
    m_db = test::openTestDatabase(m_dir.filePath(u"export.db"_s));
    m_store = std::make_unique<CaseStore>(m_db, m_catalog);
    Result<LetterKit> kit = LetterKit::load(m_dir.filePath(u"no-plan-letters"_s));
    QVERIFY2(kit.ok(), qPrintable(kit.error()));
    m_letters = std::move(kit.value());
}

TestExport::TypicalRequest TestExport::typicalRequest(const QString& policyId)
{
    static const QHash<QString, TypicalRequest> requests{
        {u"bcbsms-l.5.01.513-dupixent"_s,
         {u"300 mg/2 mL pen"_s, 2, 28,
          u"2 prefilled pens or syringes (300 mg each) every 28 days"_s,
          u"1 prefilled pen or syringe (300 mg each) every 28 days"_s}},
        {u"cigna-dqm015-anzupgo"_s,
         {u"2% cream, 30 gram tube"_s, 60, 30, u"60 grams every 30 days"_s,
          u"30 grams every 30 days"_s}},
        {u"cigna-ip0369-opzelura"_s,
         {u"1.5% cream"_s, 60, 30, u"60 grams every 30 days"_s, u"30 grams every 30 days"_s}},
        {u"cigna-ip0751-leqselvi"_s,
         {u"8 mg tablet"_s, 60, 30, u"60 tablets (8 mg each) every 30 days"_s,
          u"30 tablets (8 mg each) every 30 days"_s}},
    };
    return requests.value(policyId);
}

// A case of the policy, answered a little, noted, referred, one criterion overridden by the
// director and decided by the director with the checklist as it stood.
TestExport::Decided TestExport::decidedCase(const QString& policyId, CaseStatus outcome,
                                            const QString& language, int followUps,
                                            const QStringList& deniedOn)
{
    const auto p = policy(policyId);
    Intake in = test::sampleIntake(policyId);
    in.drug = p->drugName();
    const TypicalRequest asked = typicalRequest(policyId);
    in.strength = asked.strength;
    in.quantity = asked.quantity;
    in.daysSupply = asked.days;
    in.memberName = u"Grace Exampleson"_s;
    in.memberLanguage = language;
    in.memberId = u"FAKE%1"_s.arg(policyId.size() * 1000 + int(outcome), 8, 10, QChar(u'0'));
    if (p->quantity)
        in.channel = u"retail"_s;
    const Result<CaseRecord> c = m_store->createCase(test::nurse, in);
    if (!c)
        qFatal("%s", qPrintable(c.error()));
    const auto must = [](const Done& d) {
        if (!d)
            qFatal("%s", qPrintable(d.error()));
    };
    must(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, {}));
    const int diagnosis = p->fact(u"diagnosis");
    if (diagnosis >= 0)
        must(m_store->setFact(test::nurse, c->id, u"diagnosis"_s,
                              p->facts.at(diagnosis).options.first().id, FactSource::Entered));
    must(m_store->addNote(test::nurse, c->id, u"Chart notes received by fax; see page 3."_s));
    for (int i = 0; i < followUps; ++i)
        must(m_store->addNote(test::nurse, c->id,
                              u"Follow-up %1: the prescriber's office called about the asthma "
                              "control test, the eosinophil count and the spirometry report.\n"
                              "Second paragraph of the note."_s.arg(i)));
    must(m_store->moveTo(test::nurse, c->id, CaseStatus::Referred, u"Criteria not all met."_s));

    // The first leaf of the criteria is overridden as met.
    QString leaf;
    for (const CriterionNode& n : p->nodes) {
        if (!n.hidden && n.children.isEmpty()) {
            leaf = n.id;
            break;
        }
    }
    must(m_store->overrideCriterion(test::director, c->id, leaf, true,
                                    u"Specialist letter confirms this."_s));

    Decision d;
    d.outcome = outcome;
    d.rationale = u"Reviewed the chart notes and the specialist letter."_s;
    const CaseFacts facts = m_store->caseFacts(c->id).value();
    const Evaluation e = Evaluator::evaluate(facts, in.receivedAt.date(), {{p->node(leaf), true}});
    d.evaluation = EvaluationReport::json(facts, e);
    if (outcome == CaseStatus::Denied) {
        d.criteria = deniedOn;
        if (d.criteria.isEmpty())
            d.criteria = {
                p->nodes[size_t(p->nodes[size_t(p->root)].children.value(0, p->root))].id};
    } else {
        d.approvalStart = QDate(2026, 3, 2);
        d.approvalEnd = QDate(2026, 9, 1);
        // A partial approval cuts the quantity where the policy limits it, else the period.
        d.approvedQuantity = outcome == CaseStatus::PartiallyApproved && p->quantity
                                 ? asked.quantity / 2
                                 : asked.quantity;
    }
    const Result<Decision> saved = m_store->decide(test::director, c->id, d);
    if (!saved)
        qFatal("%s", qPrintable(saved.error()));
    return {m_store->loadCase(c->id).value(), saved.value(), leaf};
}

void TestExport::everyOutcomeAndPolicy_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<CaseStatus>("outcome");
    for (const auto& p : m_catalog.policies()) {
        QTest::addRow("%s approved", qPrintable(p->id)) << p->id << CaseStatus::Approved;
        QTest::addRow("%s partially approved", qPrintable(p->id))
            << p->id << CaseStatus::PartiallyApproved;
        QTest::addRow("%s denied", qPrintable(p->id)) << p->id << CaseStatus::Denied;
    }
}

void TestExport::everyOutcomeAndPolicy()
{
    QFETCH(QString, policy);
    QFETCH(CaseStatus, outcome);
    const Decided c = decidedCase(policy, outcome);
    const auto p = this->policy(policy);
    const Intake& in = c.record.intake;
    const CaseExport exporter(*m_store, &*m_letters);

    // The record.
    const QString recordPath = m_dir.filePath(c.record.caseNumber + u"-record.pdf"_s);
    const auto record =
        exporter.exportCase(test::nurse, c.record.id, CaseExport::Kind::Record, recordPath);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    // A member's health information: readable by its owner only.
    QCOMPARE(QFile::permissions(recordPath) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    QString problem;
    QVERIFY2(pagesNumbered(recordPath, c.record.caseNumber, &problem), qPrintable(problem));
    QCOMPARE(record->pages, pageCount(recordPath));
    problem = overprintedWords(recordPath);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString text = pdfText(recordPath);
    const QStringList expected{
        u"Commercial"_s, c.record.caseNumber, in.memberName, in.memberId, u"2011-06-15"_s,
        in.drug + u' ' + in.strength, u"Dr. Ada Fictional, NPI 0123456789"_s, u"Standard"_s,
        u"Received 2026-03-02 14:00 UTC"_s, u"Decided"_s, p->title, p->number,
        u"revision %1, effective %2"_s.arg(p->revision, p->effectiveDate.toString(Qt::ISODate)),
        // the checklist at the decision, the override and its rationale
        u"Criteria as evaluated at the decision"_s, c.overridden, u"Met (overridden)"_s,
        u"Specialist letter confirms this."_s,
        // facts, with where they came from; notes
        u"Entered by Rosa Rivera"_s, u"Chart notes received by fax; see page 3."_s,
        // the decision
        caseStatusText(outcome), u"Maja Lindqvist, Medical director, MD MD-55501"_s,
        u"Reviewed the chart notes and the specialist letter."_s,
        // the audit summary
        u"Audit trail summary"_s, u"decision.recorded"_s, u"criterion.overridden"_s,
        u"Contains protected health information"_s, u"Produced"_s};
    for (const QString& part : expected)
        QVERIFY2(text.contains(part), qPrintable(u"record lacks \""_s + part + u'"'));
    if (p->quantity)
        QVERIFY(text.contains(u"60 grams for a 30-day supply, retail pharmacy"_s));
    if (outcome != CaseStatus::Denied)
        QVERIFY(text.contains(u"Approval period 2026-03-02 to 2026-09-01"_s));

    // The letter.
    const QString letterPath = m_dir.filePath(c.record.caseNumber + u"-letter.pdf"_s);
    const auto letter =
        exporter.exportCase(test::director, c.record.id, CaseExport::Kind::Letter, letterPath);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    QVERIFY2(pagesNumbered(letterPath, c.record.caseNumber, &problem), qPrintable(problem));
    problem = overprintedWords(letterPath);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString letterText = pdfText(letterPath);
    QVERIFY(letterText.contains(in.memberName));
    QVERIFY(letterText.contains(u"coverage policy %1"_s.arg(p->number)));
    QVERIFY(letterText.contains(p->title));
    if (outcome == CaseStatus::Denied) {
        QVERIFY(letterText.contains(u"Notice of denial"_s));
        const int named = p->node(c.decision.criteria.first());
        const QString plain = DeterminationLetter::plainCriterion(p->nodes[size_t(named)], u"en"_s,
                                                                  m_letters->glossary());
        // pdftotext joins a word hyphenated at a line's end ("long-" "lasting"): compare
        // without hyphens.
        QVERIFY2(QString(letterText).remove(u'-').contains(plain.simplified().remove(u'-')),
                 qPrintable(plain));
    } else {
        QVERIFY(letterText.contains(u"From March 2, 2026 through September 1, 2026"_s));
        // Every quantity in its unit, with the dose of each and the days it lasts.
        const TypicalRequest asked = typicalRequest(policy);
        const QString approved =
            outcome == CaseStatus::PartiallyApproved && p->quantity ? asked.half : asked.written;
        QVERIFY2(letterText.contains(u"Quantity: "_s + approved), qPrintable(letterText));
    }
    if (outcome == CaseStatus::PartiallyApproved) {
        // What was not approved, in the decision's numbers: the quantity cut, or the period.
        const QString cut =
            p->quantity ? u"Your prescriber asked for 60 grams every 30 days. We approved 30 "
                          "grams every 30 days."_s
                        : u"We approved it only from March 2, 2026 through September 1, 2026."_s;
        QVERIFY2(letterText.contains(cut), qPrintable(letterText));
        QVERIFY(!letterText.contains(u"The policy allows"_s));
    }
    if (outcome != CaseStatus::Approved) {
        // Appeal by when (commercial: 180 days from the decision), and the talk with the
        // reviewing doctor.
        const QDate decided = c.decision.decidedAt.toUTC().date();
        const QString deadline = QLocale(QLocale::English, QLocale::UnitedStates)
                                     .toString(decided.addDays(180), u"MMMM d, yyyy"_s);
        QVERIFY2(letterText.contains(u"appeal by "_s + deadline), qPrintable(letterText));
        QVERIFY(letterText.contains(u"discuss this decision with the doctor who reviewed it, "
                                    "Maja Lindqvist"_s));
    }
    // No abbreviation a member would have to look up; names and numbers aside.
    QString words = letterText;
    const PlanDetails& plan = m_letters->plan();
    for (const QString& known : {c.record.caseNumber, in.memberId, p->payer, p->number,
                                 plan.appealsAddress, plan.address, plan.name})
        words.remove(known);
    QVERIFY2(unexplained(words).isEmpty(), qPrintable(unexplained(words).join(u", "_s)));

    // Both exports are in the trail with the SHA-256 of the file written.
    QList<QJsonObject> exports;
    for (const AuditEntry& a : AuditTrail::forCase(m_db->connection(), c.record.id)) {
        if (a.action == u"case.exported")
            exports.append(QJsonDocument::fromJson(a.detail.toUtf8()).object());
    }
    QCOMPARE(exports.size(), 2);
    QCOMPARE(exports[0].value(u"sha256"_s).toString(), sha256Of(recordPath));
    QCOMPARE(exports[0].value(u"document"_s).toString(), u"record"_s);
    QCOMPARE(exports[1].value(u"sha256"_s).toString(), sha256Of(letterPath));
    QCOMPARE(exports[1].value(u"file"_s).toString(), letterPath);

    // The letter, not the record, is filed among the case's documents: the copy of what was
    // sent, byte for byte, found from its export record.
    const auto filed = m_store->attachments(c.record.id);
    QVERIFY(filed.ok());
    QCOMPARE(filed->size(), 1);
    const Attachment& copy = filed->first();
    QVERIFY(copy.sentLetter);
    QCOMPARE(copy.fileName, QFileInfo(letterPath).fileName());
    QCOMPARE(copy.sha256, sha256Of(letterPath));
    QCOMPARE(copy.addedBy, test::director.account);
    QCOMPARE(exports[1].value(u"attachment"_s).toInteger(), copy.id);
    QFile written(letterPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(m_store->attachmentContent(copy.id).value(), written.readAll());
}

// A member who reads Spanish gets the letter in Spanish throughout: its templates, the
// requirements not met and what the member's records show, the drug's form, dates and
// quantities, with not one English word of a list of common ones, no criterion number and no
// "; or"; for every policy.
void TestExport::spanishLetters_data()
{
    QTest::addColumn<QString>("policy");
    for (const auto& p : m_catalog.policies())
        QTest::newRow(qPrintable(p->id)) << p->id;
}

void TestExport::spanishLetters()
{
    QFETCH(QString, policy);
    const auto p = this->policy(policy);
    const CaseExport exporter(*m_store, &*m_letters);
    const QLocale spanish(u"es_US"_s);
    // The denial rests on the second criterion that reads a fact (decidedCase overrides the
    // first leaf).
    QStringList reading;
    for (const CriterionNode& n : p->nodes) {
        if (!n.hidden && !n.facts.isEmpty())
            reading.append(n.id);
    }
    QVERIFY(reading.size() >= 2);
    const QString cited = reading.at(1);
    const Decided denied = decidedCase(policy, CaseStatus::Denied, u"es"_s, 0, {cited});
    const QString path = m_dir.filePath(u"denegacion.pdf"_s);
    const auto exported =
        exporter.exportCase(test::director, denied.record.id, CaseExport::Kind::Letter, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const QString text = pdfText(path).simplified();
    const QDate decided = denied.decision.decidedAt.toUTC().date();
    const CriterionNode& node = p->nodes[size_t(p->node(cited))];
    for (const QString& part :
         {u"Aviso de denegación de cobertura"_s, u"Número de afiliado"_s, u"Página 1 de"_s,
          u"Su derecho a apelar"_s, u"Lo que puede cambiar esta decisión"_s,
          spanish.toString(decided.addDays(180), u"d 'de' MMMM 'de' yyyy"_s),
          node.plain.value(u"es"_s).simplified(), u"Sus registros"_s,
          p->drugs.first().translatedForm.value(u"es"_s), u"Maja Lindqvist"_s})
        QVERIFY2(!part.isEmpty() && text.contains(part), qPrintable(part + u" not in: "_s + text));
    static const QRegularExpression english(
        u"\\b(the|and|or|of|to|for|with|your|you|must|not|policy|criterion|request|records|"
        "show|answered|yes|none|cream|tablets|injection|tube|weeks|days|months|years|failure|"
        "prescriber|approved|denied|member|steroid|body|surface|area|doctor|date|birth)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch found = english.match(text);
    QVERIFY2(!found.hasMatch(),
             qPrintable(u"English \""_s + found.captured(0) + u"\" in: "_s + text));
    QVERIFY2(!text.contains(u"criterio"_s) && !text.contains(cited + u')'), qPrintable(text));
    QVERIFY(!text.contains(u"; o "_s) && !text.contains(u"; or"_s));
}

// A partial approval in Spanish says what was and was not approved in the decision's numbers.
void TestExport::spanishPartialApproval()
{
    const CaseExport exporter(*m_store, &*m_letters);
    const QString path = m_dir.filePath(u"parcial.pdf"_s);
    const Decided partial =
        decidedCase(u"cigna-dqm015-anzupgo"_s, CaseStatus::PartiallyApproved, u"es"_s);
    QVERIFY(exporter.exportCase(test::director, partial.record.id, CaseExport::Kind::Letter, path)
                .ok());
    const QString partialText = pdfText(path);
    // The Spanish footer is long: it wraps beside the page number, never over it.
    const QString overprinted = overprintedWords(path);
    QVERIFY2(overprinted.isEmpty(), qPrintable(overprinted));
    QVERIFY2(partialText.contains(u"Cantidad: 30 gramos cada 30 días"_s), qPrintable(partialText));
    // What was not approved is said in the decision's numbers, not as the policy's limit.
    QVERIFY2(partialText.contains(u"Su médico pidió 60 gramos cada 30 días. "
                                  "Aprobamos 30 gramos cada 30 días."_s),
             qPrintable(partialText));
    QVERIFY(!partialText.contains(u"La póliza permite"_s));
    QVERIFY(
        partialText.contains(u"Desde el 2 de marzo de 2026 hasta el 1 de septiembre de 2026"_s));

    // The review record stays in the plan's language, and says which one the letters are in.
    QVERIFY(
        exporter.exportCase(test::nurse, partial.record.id, CaseExport::Kind::Record, path).ok());
    const QString record = pdfText(path);
    QVERIFY(record.contains(u"Case review record"_s));
    QVERIFY(record.contains(u"Letters in Español"_s));

    // Units and doses in Spanish too.
    const Decided pens =
        decidedCase(u"bcbsms-l.5.01.513-dupixent"_s, CaseStatus::Approved, u"es"_s);
    QVERIFY(
        exporter.exportCase(test::director, pens.record.id, CaseExport::Kind::Letter, path).ok());
    const QString pensText = pdfText(path);
    QVERIFY2(
        pensText.contains(u"Cantidad: 2 plumas o jeringas precargadas de 300 mg cada 28 días"_s),
        qPrintable(pensText));
}

void TestExport::undecidedCaseHasARecordButNoLetter()
{
    const Result<CaseRecord> c = m_store->createCase(test::nurse, test::sampleIntake());
    QVERIFY(c.ok());
    const CaseExport exporter(*m_store, &*m_letters);
    const QString path = m_dir.filePath(u"open-letter.pdf"_s);
    const auto letter = exporter.exportCase(test::nurse, c->id, CaseExport::Kind::Letter, path);
    QVERIFY(!letter.ok());
    QVERIFY2(letter.error().contains(u"no determination yet"_s), qPrintable(letter.error()));
    QVERIFY(!QFile::exists(path));
    const QString recordPath = m_dir.filePath(u"open-record.pdf"_s);
    QVERIFY(exporter.exportCase(test::nurse, c->id, CaseExport::Kind::Record, recordPath).ok());
    const QString text = pdfText(recordPath);
    QVERIFY(text.contains(u"No determination has been made on this case yet"_s));
    QVERIFY(text.contains(u"Criteria as evaluated now (no decision yet)"_s));
}

// The record of an initial atopic-dermatitis case of the long Dupixent policy shows that
// branch, names the others (asthma, the renewal, ...) in one line, and fits in 3 pages.
void TestExport::recordLeavesOutBranchesThatDoNotApply()
{
    const Decided c = decidedCase(u"bcbsms-l.5.01.513-dupixent"_s, CaseStatus::Approved);
    const CaseExport exporter(*m_store, &*m_letters);
    const QString path = m_dir.filePath(u"dupixent-record.pdf"_s);
    const auto record =
        exporter.exportCase(test::nurse, c.record.id, CaseExport::Kind::Record, path);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    QVERIFY2(record->pages <= 3, qPrintable(QString::number(record->pages)));
    const QString text = pdfText(path);
    const auto p = policy(u"bcbsms-l.5.01.513-dupixent"_s);
    const QString asthma = p->nodes[size_t(p->node(u"I.1.b"))].text;
    QVERIFY2(text.contains(u"Not applicable to this case, left out: "_s), qPrintable(text));
    QVERIFY2(!text.contains(asthma.left(60)), qPrintable(asthma));
    QVERIFY(text.contains(u"I.1.b "_s)); // named in the line
    QVERIFY(text.contains(p->nodes[size_t(p->node(u"I.1.a"))].text.left(40)));
}

// Pending a case asks the prescriber for what is missing by a date: the request is kept,
// the queue shows the date, and the case's letter is the request, in the member's language.
void TestExport::pendedCaseLetterAsksForWhatIsMissing()
{
    Intake intake = test::sampleIntake();
    intake.memberLanguage = u"es"_s;
    const Result<CaseRecord> c = m_store->createCase(test::nurse, intake);
    QVERIFY(c.ok());
    const QDate due = QDate::currentDate().addDays(5);
    const QStringList items = {u"Chart notes showing the topical steroid tried, with dates"_s,
                               u"Estimated body surface area (BSA) affected"_s};
    // What cannot be a request is refused, and nothing changes.
    QVERIFY(!m_store->requestInformation(test::nurse, c->id, {u"  "_s}, due).ok());
    const auto today = m_store->requestInformation(test::nurse, c->id, items, QDate::currentDate());
    QVERIFY2(today.error().contains(u"due back after today"_s), qPrintable(today.error()));
    QVERIFY(!m_store
                 ->requestInformation(
                     test::nurse, c->id, items,
                     QDate::currentDate().addDays(CaseStore::maximumInformationDays + 1))
                 .ok());
    QCOMPARE(m_store->loadCase(c->id)->status, CaseStatus::New);
    QVERIFY(!m_store->requestInformation(test::admin, c->id, items, due).ok());

    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, u"review started"_s).ok());
    const auto asked = m_store->requestInformation(test::nurse, c->id, items, due);
    QVERIFY2(asked.ok(), qPrintable(asked.error()));
    const CaseRecord pended = m_store->loadCase(c->id).value();
    QCOMPARE(pended.status, CaseStatus::Pended);
    QCOMPARE(pended.informationDue, due);
    QCOMPARE(m_store->informationRequests(c->id)->last().items, items);
    CaseFilter byNumber;
    byNumber.search = pended.caseNumber;
    QCOMPARE(m_store->queue(byNumber)->first().informationDue, due);
    QVERIFY(m_store->notes(c->id)->last().text.contains(items.first()));
    const QList<AuditEntry> trail = AuditTrail::forCase(m_db->connection(), c->id);
    QCOMPARE(trail.last().action, u"information.requested"_s);

    const CaseExport exporter(*m_store, &*m_letters);
    const QString path = m_dir.filePath(u"pedido.pdf"_s);
    const auto written = exporter.exportCase(test::nurse, c->id, CaseExport::Kind::Letter, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QString text = pdfText(path).simplified();
    const QLocale spanish(u"es_US"_s);
    for (const QString& part :
         {u"Necesitamos más información"_s, items.first(), items.last(),
          u"a más tardar el "_s + spanish.toString(due, u"d 'de' MMMM 'de' yyyy"_s),
          pended.caseNumber, u"Rosa Rivera"_s, u"Copia a: "_s + intake.memberName})
        QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
    QVERIFY2(overprintedWords(path).isEmpty(), qPrintable(overprintedWords(path)));
    // Filed with the case as what was sent.
    QVERIFY(m_store->attachments(c->id)->last().sentLetter);

    // Once back in review, the case has no letter until it is decided.
    QVERIFY(m_store->moveTo(test::nurse, c->id, CaseStatus::InReview, u"chart notes came"_s).ok());
    QVERIFY(!m_store->loadCase(c->id)->informationDue.isValid());
    QVERIFY(!exporter.exportCase(test::nurse, c->id, CaseExport::Kind::Letter, path).ok());
}

// A table longer than a page: every row on one page, the header on each, "page N of M".
void TestExport::longCasePaginatesWithoutSplittingRows()
{
    const Decided c = decidedCase(u"bcbsms-l.5.01.513-dupixent"_s, CaseStatus::Denied, u"en"_s, 25);
    const CaseExport exporter(*m_store, nullptr);
    const QString path = m_dir.filePath(u"long-record.pdf"_s);
    const auto written =
        exporter.exportCase(test::nurse, c.record.id, CaseExport::Kind::Record, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(written->pages >= 5);
    QString problem;
    QVERIFY2(pagesNumbered(path, c.record.caseNumber, &problem), qPrintable(problem));

    Document doc;
    doc.title = u"Pagination"_s;
    doc.reference = u"Case PA-TEST"_s;
    doc.addTable({u"Criterion"_s, u"Status"_s, u"Reason"_s}, {46, 13, 41});
    for (int i = 0; i < 80; ++i) {
        const QString words = QString(u"words "_s).repeated(5 + (i * 7) % 40);
        doc.addRow({u"BEGIN%1 "_s.arg(i) + words + u" END%1"_s.arg(i), u"Met"_s, words}, i % 4);
    }
    const DocumentPages pages(doc);
    QVERIFY(pages.count() >= 3);
    const QString pdf = m_dir.filePath(u"rows.pdf"_s);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pages.pdf());
    f.close();
    QCOMPARE(pageCount(pdf), pages.count());
    QList<QString> pageTexts;
    for (int p = 1; p <= pages.count(); ++p) {
        pageTexts.append(pdfText(pdf, p));
        for (const QString& header :
             {u"Pagination"_s, u"Case PA-TEST"_s, u"Criterion"_s, u"Status"_s, u"Reason"_s})
            QVERIFY2(pageTexts.last().contains(header), qPrintable(pageTexts.last().left(200)));
    }
    for (int i = 0; i < 80; ++i) {
        const QRegularExpression begin(u"\\bBEGIN%1\\b"_s.arg(i));
        const QRegularExpression end(u"\\bEND%1\\b"_s.arg(i));
        int beginPage = -1;
        int endPage = -1;
        for (int p = 0; p < pageTexts.size(); ++p) {
            if (pageTexts[p].contains(begin))
                beginPage = p;
            if (pageTexts[p].contains(end))
                endPage = p;
        }
        QVERIFY2(beginPage >= 0 && beginPage == endPage,
                 qPrintable(u"row %1: pages %2 and %3"_s.arg(i).arg(beginPage).arg(endPage)));
    }
}

// Every criterion of every policy, as a letter words it: no capitals for emphasis, and no
// abbreviation that is not spelled out.
void TestExport::criteriaInPlainWords()
{
    for (const auto& p : m_catalog.policies()) {
        for (const CriterionNode& n : p->nodes) {
            if (n.hidden)
                continue;
            const QString plain =
                DeterminationLetter::plainCriterion(n, u"en"_s, m_letters->glossary());
            QVERIFY2(unexplained(plain).isEmpty(),
                     qPrintable(u"%1 %2: %3 in \"%4\""_s.arg(
                         p->number, n.id, unexplained(plain).join(u", "_s), plain)));
        }
    }
    CriterionNode n;
    n.text = u"Failure of ONE TCS AND ONE TCI"_s;
    QCOMPARE(DeterminationLetter::plainCriterion(n, u"en"_s, m_letters->glossary()),
             u"Failure of one topical corticosteroid (TCS) and one topical calcineurin "
             "inhibitor (TCI)"_s);
    n.plain.insert(u"en"_s, u"You have tried a steroid cream."_s);
    QCOMPARE(DeterminationLetter::plainCriterion(n, u"en"_s, m_letters->glossary()),
             n.plain.value(u"en"_s));
}

void TestExport::planReplacesLetterFiles()
{
    const QString planDir = m_dir.filePath(u"plan-letters"_s);
    const QString denial =
        writeFile(planDir, u"denial.en.txt"_s,
                  "# Our own denial notice\nDear {member.name}, no.\n{criteria}\n");
    const Result<LetterKit> kit = LetterKit::load(planDir);
    QVERIFY2(kit.ok(), qPrintable(kit.error()));
    QCOMPARE(kit->sources().value(u"denial.en.txt"_s), denial);
    QVERIFY(kit->sources().value(u"approval.en.txt"_s).startsWith(u":/"_s));

    const Decided c = decidedCase(u"cigna-ip0369-opzelura"_s, CaseStatus::Denied);
    const CaseExport exporter(*m_store, &kit.value());
    const QString path = m_dir.filePath(u"plan-letter.pdf"_s);
    QVERIFY(exporter.exportCase(test::director, c.record.id, CaseExport::Kind::Letter, path).ok());
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Our own denial notice"_s));
    QVERIFY(text.contains(u"Dear Grace Exampleson, no."_s));
}

void TestExport::badLetterFilesSayWhereAndWhat()
{
    const QString dir = m_dir.filePath(u"bad-letters"_s);
    const QString approval =
        writeFile(dir, u"approval.en.txt"_s, "# Approved\n\nDear {member.nmae},\n");
    Result<LetterKit> kit = LetterKit::load(dir);
    QVERIFY(!kit.ok());
    QVERIFY2(kit.error().contains(u"approval.en.txt, line 3: unknown placeholder {member.nmae}"_s),
             qPrintable(kit.error()));

    QVERIFY(QFile::remove(approval));
    writeFile(dir, u"plan.json"_s, R"({"name": "A Plan", "address": "x", "phone": "1",
        "tty": "711", "appealsAddress": "y", "appealDays": {"commercial": 180}})");
    kit = LetterKit::load(dir);
    QVERIFY(!kit.ok());
    QVERIFY2(kit.error().contains(u"plan.json: \"appealDays\" needs \"medicarePartD\""_s),
             qPrintable(kit.error()));
}

void TestExport::administratorsDoNotExport()
{
    const Decided c = decidedCase(u"cigna-ip0751-leqselvi"_s, CaseStatus::Approved);
    const CaseExport exporter(*m_store, &*m_letters);
    const QString path = m_dir.filePath(u"admin.pdf"_s);
    const auto written =
        exporter.exportCase(test::admin, c.record.id, CaseExport::Kind::Record, path);
    QVERIFY(!written.ok());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
