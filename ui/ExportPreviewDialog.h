#pragma once

#include "CaseExport.h"
#include "Session.h"

#include <QDialog>

class QLabel;

namespace urdesk {

// Shows a case's record or letter page by page, exactly as it will be written, and saves it
// as a PDF where the reviewer chooses. The export is audited by CaseExport when saved.
class ExportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // Builds the document and shows it; says why when it cannot (a case without a decision
    // has no letter, a letter template with a mistake). What was written, if it was saved.
    static std::optional<CaseExport::Written> exportCase(CaseStore& store, const Session& session,
                                                         const CaseRecord& record,
                                                         CaseExport::Kind kind, QWidget* parent);

    ExportPreviewDialog(CaseStore& store, const Session& session, const CaseRecord& record,
                        CaseExport::Kind kind, const Document& document, QWidget* parent);

    int pageCount() const { return m_pages.count(); }
    // Writes the file and closes; on failure says why and stays open.
    bool save(const QString& path);
    const CaseExport::Written& written() const { return m_written; }

private:
    void chooseFileAndSave();

    CaseStore& m_store;
    Actor m_actor;
    qint64 m_caseId;
    CaseExport::Kind m_kind;
    QString m_suggestedName;
    DocumentPages m_pages;
    QLabel* m_problem;
    CaseExport::Written m_written;
};

} // namespace urdesk
