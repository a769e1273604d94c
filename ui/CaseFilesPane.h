#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace urdesk {

class CaseStore;

// The notes timeline of a case, newest last, each with its time, author and role.
class NotesPane final : public QWidget
{
    Q_OBJECT

public:
    NotesPane(const CaseStore& store, qint64 caseId, QWidget* parent = nullptr);
    void reload();
    int count() const { return m_count; }

private:
    const CaseStore& m_store;
    qint64 m_caseId;
    QTextBrowser* m_timeline;
    int m_count = 0;
};

// The documents kept with a case (PDFs and images the prescriber sent): listed, added, and
// opened with the system's viewer from a private temporary copy.
class AttachmentsPane final : public QWidget
{
    Q_OBJECT

public:
    AttachmentsPane(CaseStore& store, const Session& session, qint64 caseId,
                    QWidget* parent = nullptr);
    void reload();
    int count() const;
    // Adds a file (as Add… does after its file dialog).
    Done addFile(const QString& path);
    // Writes the selected attachment to a private temporary file; its path.
    Result<QString> exportSelected();

Q_SIGNALS:
    void changed();

private:
    CaseStore& m_store;
    const Session& m_session;
    qint64 m_caseId;
    QListWidget* m_list;
    QPushButton* m_open;
    QLabel* m_problem;
};

} // namespace urdesk
