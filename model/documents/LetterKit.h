#pragma once

#include "Document.h"
#include "Result.h"

#include <QHash>
#include <QStringList>

namespace urdesk {

// A letter's text with {placeholders}: "# " a title, "## " a heading, "- " a bullet, a line
// that is only a list placeholder ("{criteria}") a bulleted list, other lines paragraphs
// (a blank line between two), "%" a comment. docs/letters.md describes the format.
class LetterTemplate final
{
public:
    // Checks every placeholder against those known; says which file and line is wrong.
    static Result<LetterTemplate> parse(const QString& text, const QString& fileName,
                                        const QStringList& placeholders, const QStringList& lists);
    // Adds the filled-in text to `doc`; a list that is empty adds nothing.
    void fill(Document& doc, const QHash<QString, QString>& values,
              const QHash<QString, QStringList>& lists) const;

private:
    struct Part
    {
        DocumentBlock::Kind kind = DocumentBlock::Kind::Paragraph;
        QString text; // a list placeholder's name, for a list
        bool list = false;
    };
    QList<Part> m_parts;
};

// Who the plan is, for its letters: name, addresses, telephone, and how long a member has
// to appeal in each line of business.
struct PlanDetails
{
    QString name;
    QString address;
    QString phone;
    QString tty;
    QString appealsAddress;
    QHash<QString, int> appealDays; // by line of business id
};

// The small pieces of a letter in one language that are not in its templates: how dates and
// quantities are written, the running header and footer, how a criterion is cited.
struct LetterWords
{
    QString locale; // "es_US": month names
    QString dateFormat;
    QString reference;     // %1 case number, %2 member number
    QString questions;     // %1 telephone, %2 text telephone, %3 hours
    QString printed;       // %1 date
    QString pageNumbers;   // %1 page, %2 pages
    QString quantity;      // %1 amount, %2 days
    QString dose;          // %1 amount, %2 the dose of each unit: "%1 (%2 each)"
    QString quantityAsked; // when the request gave none
    QString criterion;     // %1 the criterion in plain words, %2 what the records show
    QString notCovered;    // the same for a condition not covered without plain words
    QString recordsShow;   // %1 what a fact is, %2 its answer on the case
    QString recordsSilent; // %1 what a fact is, not answered on the case
    QString partial;       // %1 asked for, %2 approved
    QString partialPeriod; // %1 first day, %2 last day: what a partial approval covers
    QString hours;         // when the plan answers the telephone
};

// What determination letters are made from, in each language members read: the templates
// and their words, the plan's details and the glossary that spells out abbreviations. Each file is
// read from the plan's letters folder where it is there, else the copy built into URDesk, so a plan
// replaces what it needs without a rebuild.
class LetterKit final
{
public:
    enum class Kind
    {
        Approval,
        PartialApproval,
        Denial,
        InformationRequest, // to the prescriber: what to send, by when
    };

    // `directory` empty: defaultDirectory().
    static Result<LetterKit> load(const QString& directory = {});
    // URDesk's data folder's "letters" (~/.local/share/URDesk/letters on Linux).
    static QString defaultDirectory();
    static QStringList placeholders();
    static QStringList lists();

    // `language` one of supportedLanguages(); anything else is English.
    const LetterTemplate& letter(Kind kind, const QString& language) const;
    const LetterWords& words(const QString& language) const;
    const PlanDetails& plan() const { return m_plan; }
    const QHash<QString, QString>& glossary() const { return m_glossary; }
    // Where each file was read from ("denial.en.txt" -> a path or ":/urdesk/letters/...").
    const QHash<QString, QString>& sources() const { return m_sources; }

private:
    struct Language
    {
        QHash<Kind, LetterTemplate> letters;
        LetterWords words;
    };
    const Language& language(const QString& id) const;
    QHash<QString, Language> m_languages;
    PlanDetails m_plan;
    QHash<QString, QString> m_glossary;
    QHash<QString, QString> m_sources;
};

} // namespace urdesk
