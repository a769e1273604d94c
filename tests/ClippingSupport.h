#pragma once

// Text a widget shows but has no room for: what a reviewer cannot read.
#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTabBar>
#include <QTest>

namespace urdesk::test {

// Texts a widget shows but has no room for, each said as "where: text".
inline QStringList cutShort(const QWidget* root)
{
    using namespace Qt::StringLiterals;
    QStringList cut;
    const auto report = [&](const QWidget* w, const QString& text) {
        cut.append(u"%1 (%2): \"%3\""_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                            w->objectName(), text));
    };
    QList<const QWidget*> widgets{root};
    for (const QWidget* w : root->findChildren<QWidget*>())
        widgets.append(w);
    for (const QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || w->width() == 0)
            continue;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
            if (!b->text().isEmpty() && b->width() < b->sizeHint().width())
                report(b, b->text());
        } else if (const auto* l = qobject_cast<const QLabel*>(w)) {
            const bool cutAcross = !l->wordWrap() && l->width() < l->sizeHint().width();
            const bool cutBelow = l->wordWrap() && l->height() < l->heightForWidth(l->width());
            if (!l->text().isEmpty() && (cutAcross || cutBelow))
                report(l, l->text());
        } else if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
            if (e->text().isEmpty() &&
                e->fontMetrics().horizontalAdvance(e->placeholderText()) > e->width() - 8)
                report(e, e->placeholderText());
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            if (c->width() < c->minimumSizeHint().width() ||
                c->fontMetrics().horizontalAdvance(c->currentText()) > c->width() - 24)
                report(c, c->currentText());
        } else if (const auto* t = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                const QString text = QString(t->tabText(i)).remove(u'&');
                if (t->tabRect(i).width() < t->fontMetrics().horizontalAdvance(text) + 12)
                    report(t, t->tabText(i));
            }
        } else if (const auto* h = qobject_cast<const QHeaderView*>(w)) {
            if (h->orientation() != Qt::Horizontal || !h->model())
                continue;
            for (int i = 0; i < h->count(); ++i) {
                const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
                if (!h->isSectionHidden(i) &&
                    h->sectionSize(i) < h->fontMetrics().horizontalAdvance(title) + 8)
                    report(h, title);
            }
        }
    }
    return cut;
}

// A laptop's screen: the size reviewers work at.
constexpr QSize laptop(1366, 768);

} // namespace urdesk::test

#define VERIFY_NOTHING_CUT(widget)                                                                 \
    do {                                                                                           \
        const QStringList cut = urdesk::test::cutShort(widget);                                    \
        QVERIFY2(cut.isEmpty(), qPrintable(u"cut short:\n"_s + cut.join(u'\n')));                  \
    } while (false)
