#pragma once

#include "CaseStore.h"
#include "Document.h"
#include "DocumentPages.h"
#include "LetterKit.h"

namespace urdesk {

// A case's documents as PDF files: the review record and the determination letter. Every
// file written is recorded in the audit trail (case.exported) with its SHA-256, so that a
// copy found later can be matched to its export.
class CaseExport final
{
public:
    enum class Kind
    {
        Record,
        Letter,
    };
    static QString kindId(Kind kind); // "record", "letter"

    // `letters` is needed for letters only.
    CaseExport(CaseStore& store, const LetterKit* letters);

    // The document as it would be written now (for a preview, or to write).
    Result<Document> document(const Actor& actor, qint64 caseId, Kind kind,
                              const QDateTime& at) const;

    struct Written
    {
        QString path; // empty for a letter only filed
        QString sha256;
        qint64 bytes = 0;
        int pages = 0;
    };
    // Writes the pages to `path` (replacing a file there only once all is written) and
    // records it; nothing is left at `path` when the record cannot be made.
    Result<Written> write(const Actor& actor, qint64 caseId, Kind kind, const DocumentPages& pages,
                          const QString& path) const;
    // document() then write().
    Result<Written> exportCase(const Actor& actor, qint64 caseId, Kind kind,
                               const QString& path) const;
    // The letter as of `at`, filed among the case's documents as `fileName` and recorded,
    // without a file written: a letter sent by other means (the demo database's).
    Result<Written> fileLetter(const Actor& actor, qint64 caseId, const QString& fileName,
                               const QDateTime& at) const;

private:
    static Written measured(const QString& path, const QByteArray& pdf, int pages);
    static QJsonObject detail(Kind kind, const Written& w); // of the case.exported entry

    CaseStore& m_store;
    const LetterKit* m_letters;
};

} // namespace urdesk
