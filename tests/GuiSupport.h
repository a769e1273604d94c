#pragma once

// Helpers for driving widgets in tests.
#include "AccountStore.h"
#include "Session.h"

#include <QApplication>
#include <QLineEdit>
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

} // namespace urdesk::test
