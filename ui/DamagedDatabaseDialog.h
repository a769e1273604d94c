#pragma once

#include "DatabaseOpener.h"

#include <QDialog>

namespace urdesk {

// Says that a database's pages are damaged, under a red banner: which file, what SQLite's
// check found, that nothing was written to it, and how an administrator restores a backup.
// The reviewer restores a backup, opens another file, creates a new one or quits; the
// damaged file is never opened for work, because nothing shown from it could be recorded in
// its trail.
class DamagedDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    DamagedDatabaseDialog(const QString& path, const QString& damage, QWidget* parent = nullptr);

    // What the reviewer chose; Quit when the dialog was closed.
    DatabaseOpener::Choice choice() const { return m_choice; }

private:
    DatabaseOpener::Choice m_choice = DatabaseOpener::Choice::Quit;
};

} // namespace urdesk
