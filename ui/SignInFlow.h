#pragma once

#include "MainWindow.h"

#include <QObject>

namespace urdesk {

// From start to quit: the first administrator on a database without accounts, then sign-in,
// the window of that session, and sign-in again after signing out.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    SignInFlow(const PolicyCatalog& catalog, std::shared_ptr<Database> database, bool demo);
    ~SignInFlow() override;

    // False when the user quit instead of signing in.
    bool start();
    MainWindow* window() const { return m_window.get(); }

private:
    bool ensureAdministrator();
    bool signIn();

    const PolicyCatalog& m_catalog;
    std::shared_ptr<Database> m_database;
    bool m_demo;
    QString m_suggestedUser; // the first administrator, just created
    std::unique_ptr<MainWindow> m_window;
};

} // namespace urdesk
