#include "DamagedDatabaseDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString& path, const QString& damage,
                                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Damaged Database"));
    auto* layout = new QVBoxLayout(this);

    auto* banner = new QLabel(tr("This database is damaged: restore a backup."), this);
    banner->setObjectName(u"damageBanner"_s);
    banner->setWordWrap(true);
    banner->setStyleSheet(
        u"background-color: #b00020; color: white; font-weight: bold; padding: 8px;"_s);
    banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(banner);

    const QString shown = QDir::toNativeSeparators(path);
    auto* details = new QLabel(
        tr("File: %1\n\nSQLite's check of its pages found: %2\n\nURDesk opened the file "
           "read-only to check it and wrote nothing to it. It does not open it for work: "
           "what it showed could not be recorded in the file's audit trail.\n\nAn "
           "administrator restores the newest backup in its place (Restore a Backup, signing "
           "in against the backup), and the damaged file is kept beside it. From a terminal:"
           "\n  urdesk-cli --database \"%1\" --user ADMINISTRATOR restore BACKUP")
            .arg(shown, damage),
        this);
    details->setObjectName(u"damageDetails"_s);
    details->setWordWrap(true);
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(details);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore =
        buttons->addButton(tr("&Restore a Backup…"), QDialogButtonBox::AcceptRole);
    QPushButton* another = buttons->addButton(tr("&Open Another…"), QDialogButtonBox::AcceptRole);
    QPushButton* create = buttons->addButton(tr("&Create New…"), QDialogButtonBox::AcceptRole);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    restore->setDefault(true);
    const auto choose = [this](DatabaseOpener::Choice choice) {
        m_choice = choice;
        done(choice == DatabaseOpener::Choice::Quit ? Rejected : Accepted);
    };
    connect(restore, &QPushButton::clicked, this,
            [choose] { choose(DatabaseOpener::Choice::RestoreBackup); });
    connect(another, &QPushButton::clicked, this,
            [choose] { choose(DatabaseOpener::Choice::OpenAnother); });
    connect(create, &QPushButton::clicked, this,
            [choose] { choose(DatabaseOpener::Choice::CreateNew); });
    connect(quit, &QPushButton::clicked, this, [choose] { choose(DatabaseOpener::Choice::Quit); });
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace urdesk
