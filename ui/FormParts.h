#pragma once

#include "CaseRecord.h"

#include <QString>

#include <functional>

class QDialog;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace urdesk {

// Pieces the forms and dialogs share.

// A line under a form for what went wrong; hidden while there is nothing to say.
QLabel* newProblemLabel(QWidget* parent);

// The interface locale's short date format, with the year in full: "3/17/2026", "17/3/2026".
// Two-digit years are ambiguous next to birth dates and policy revisions.
QString shortDateFormat();
// Dates and times as the window shows them, everywhere: the locale's short date with the
// year in full, and the short time, in local time ("3/17/2026 2:00 PM", "17/3/2026 14:00").
QString shortDate(const QDate& date);
QString shortDateTime(const QDateTime& at);
// A date typed by a reviewer: the short date as shown ("3/17/2026", "17/3/2026"; a two-digit
// year is this century) or ISO ("2026-03-17"); invalid when it is neither.
QDate parseDate(const QString& text);
// A date written the way parseDate() reads it, to show in an empty date field.
QString dateExample();
// A case's status as the queue and the case header show it: a pended case with the day the
// information asked for is due back ("Pended: due back 12/8/2026").
QString statusText(CaseStatus status, const QDate& informationDue);
// Says the problem in words ("Problem: ..."), not by colour alone; empty hides the line.
void showProblem(QLabel* label, const QString& problem);

// A small dialog laid out in `layout`, with the prompt first: adds the problem line and
// OK / Cancel, and runs it. OK closes it only when `problem()` finds nothing wrong; otherwise
// it says what. True when accepted.
QVBoxLayout* newPromptLayout(QDialog& dialog, const QString& title, const QString& prompt,
                             QWidget* buddy = nullptr);
bool execChecked(QDialog& dialog, QVBoxLayout* layout, const std::function<QString()>& problem);

// The combo and spin boxes in `root` (and `root` itself) take the mouse wheel only once they
// have the focus from a click or the keyboard; otherwise the wheel scrolls what holds them.
// A reviewer scrolling a long form must never change an answer by passing over it.
void takeWheelOnlyWhenFocused(QWidget* root);

} // namespace urdesk
