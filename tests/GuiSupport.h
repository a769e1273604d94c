#pragma once

// Helpers for driving widgets in tests.
#include "AccountStore.h"
#include "Session.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace urdesk::test {

// Acts on the next modal dialog of type T once it is showing (dialogs run their own loop).
template <typename T>
inline void whenShown(std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// The interface languages as rows of a data-driven test, column "language"; the test's
// init() installs each (installTranslations) before its row runs.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
}

// A session signed in as `actor`, whose account the database holds.
inline Session sessionOf(const std::shared_ptr<Database>& database, const Actor& actor)
{
    return {database, actor, AccountStore(database).account(actor.account).value(), false};
}

inline void type(QWidget* parent, const QString& field, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Saves what the screen shows when URDESK_SCREENSHOTS names a folder, to look at.
inline void keepScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("URDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// A table's column by its header, so that tests read as the reviewer sees the table.
inline int column(const QTableWidget* table, const QString& header)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    qFatal("no column %s", qPrintable(header));
}

} // namespace urdesk::test
