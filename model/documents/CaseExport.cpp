#include "CaseExport.h"

#include "CaseDossier.h"
#include "DeterminationLetter.h"
#include "ReviewRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::CaseExport)
};

} // namespace

QString CaseExport::kindId(Kind kind)
{
    return kind == Kind::Record ? u"record"_s : u"letter"_s;
}

CaseExport::CaseExport(CaseStore& store, const LetterKit* letters)
    : m_store(store)
    , m_letters(letters)
{}

Result<Document> CaseExport::document(const Actor& actor, qint64 caseId, Kind kind,
                                      const QDateTime& at) const
{
    using R = Result<Document>;
    const Result<CaseDossier> dossier = CaseDossier::read(m_store, caseId);
    if (!dossier)
        return R::failure(dossier.error());
    if (kind == Kind::Record)
        return ReviewRecord::build(dossier.value(), actor, at);
    if (!m_letters)
        return R::failure(Text::tr("the letter templates are not loaded"));
    return DeterminationLetter::build(dossier.value(), *m_letters, at);
}

Result<CaseExport::Written> CaseExport::write(const Actor& actor, qint64 caseId, Kind kind,
                                              const DocumentPages& pages, const QString& path) const
{
    using R = Result<Written>;
    const QByteArray pdf = pages.pdf();
    const Written w = measured(QFileInfo(path).absoluteFilePath(), pdf, pages.count());
    const QString shown = QDir::toNativeSeparators(w.path);
    QSaveFile file(w.path);
    // Owner-only before a byte is written: the document holds a member's health information.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(pdf) != pdf.size())
        return R::failure(Text::tr("%1: cannot write: %2").arg(shown, file.errorString()));
    // Recorded before the file appears: an export is never without its record. A letter
    // is also filed with the case's documents, as the copy of what was sent.
    const QString notRecorded =
        kind == Kind::Letter
            ? m_store.fileLetter(actor, caseId, QFileInfo(w.path).fileName(), pdf, detail(kind, w))
                  .error()
            : m_store.recordAccess(actor, caseId, u"case.exported"_s, detail(kind, w)).error();
    if (!notRecorded.isEmpty()) {
        file.cancelWriting();
        return R::failure(notRecorded);
    }
    if (!file.commit())
        return R::failure(Text::tr("%1: cannot write: %2 (the export was recorded, the file is not "
                                   "there)")
                              .arg(shown, file.errorString()));
    return w;
}

Result<CaseExport::Written> CaseExport::fileLetter(const Actor& actor, qint64 caseId,
                                                   const QString& fileName,
                                                   const QDateTime& at) const
{
    using R = Result<Written>;
    const Result<Document> doc = document(actor, caseId, Kind::Letter, at);
    if (!doc)
        return R::failure(doc.error());
    const DocumentPages pages(doc.value());
    const QByteArray pdf = pages.pdf();
    const Written w = measured(QString(), pdf, pages.count());
    if (const auto filed =
            m_store.fileLetter(actor, caseId, fileName, pdf, detail(Kind::Letter, w));
        !filed)
        return R::failure(filed.error());
    return w;
}

CaseExport::Written CaseExport::measured(const QString& path, const QByteArray& pdf, int pages)
{
    return Written{
        path,
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
        pdf.size(), pages};
}

QJsonObject CaseExport::detail(Kind kind, const Written& w)
{
    QJsonObject d{{u"document"_s, kindId(kind)},
                  {u"sha256"_s, w.sha256},
                  {u"bytes"_s, w.bytes},
                  {u"pages"_s, w.pages}};
    if (!w.path.isEmpty())
        d.insert(u"file"_s, w.path);
    return d;
}

Result<CaseExport::Written> CaseExport::exportCase(const Actor& actor, qint64 caseId, Kind kind,
                                                   const QString& path) const
{
    const Result<Document> doc = document(actor, caseId, kind, QDateTime::currentDateTimeUtc());
    if (!doc)
        return Result<Written>::failure(doc.error());
    return write(actor, caseId, kind, DocumentPages(doc.value()), path);
}

} // namespace urdesk
