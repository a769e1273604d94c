#pragma once

#include <QDialog>

class QComboBox;

namespace urdesk {

// The reviewer's own preferences, kept per user on this computer. The interface language
// applies from the next start: a window half in one language and half in another is worse
// than a restart.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Saves the choices; true when one of them waits for a restart.
    bool save() const;

private:
    QComboBox* m_language;
};

} // namespace urdesk
