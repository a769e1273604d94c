#pragma once

#include "CaseStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace urdesk {

// The case queue as a table, read lazily: it knows how many cases match and fetches the
// pages of rows the view shows, keeping a few. 100,000 cases cost a count and a page.
class CaseQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseNumber,
        Member,
        Drug,
        Policy,
        LineOfBusiness,
        Urgency,
        Status,
        TimeLeft,
        Assignee,
        ColumnCount
    };
    static constexpr int pageSize = 200;
    static constexpr int pagesKept = 16;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseQueueModel(const CaseStore& store, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    // Reads the queue again (another window or program changed it); the rows shown stay put.
    void refresh();
    // The time the deadlines are measured from (a seam for tests; the clock otherwise).
    void setNow(const QDateTime& now);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The row of a case among those already read, or -1.
    int rowOfCase(qint64 caseId) const;
    // The case a row shows, read with its page when needed; null when it cannot be read.
    const CaseSummary* summary(int row) const;

Q_SIGNALS:
    void countChanged(qint64 count);

private:
    QVariant timeLeftData(const CaseSummary& c, int role) const;
    QDateTime now() const;

    const CaseStore& m_store;
    CaseFilter m_filter;
    qint64 m_count = 0;
    QDateTime m_now;
    QString m_error;
    mutable QHash<int, QList<CaseSummary>> m_pages;
    mutable QList<int> m_recentPages; // most recent last
};

} // namespace urdesk
