// Every company's profile as a table for the profile picker: company, credit
// code, current step, status, pending since, expected by, last change. It
// searches, filters and sorts in the database and holds only the pages the
// view has asked for (canFetchMore/fetchMore), so 100,000 profiles cost no
// more than a hundred. Queries run in a worker thread on a connection of its
// own; the newest question replaces older ones (typing fast). It never
// writes to the store and has no widgets.
#pragma once

#include "ConnectionOpener.h"
#include "ProfileListQuery.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <atomic>
#include <memory>

class Clock;
class ProfileListWorker;
class QThread;

class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn = static_cast<int>(ProfileListColumn::Company),
        CreditCodeColumn = static_cast<int>(ProfileListColumn::CreditCode),
        CurrentStepColumn = static_cast<int>(ProfileListColumn::CurrentStep),
        StatusColumn = static_cast<int>(ProfileListColumn::Status),
        PendingSinceColumn = static_cast<int>(ProfileListColumn::PendingSince),
        ExpectedByColumn = static_cast<int>(ProfileListColumn::ExpectedBy),
        LastChangeColumn = static_cast<int>(ProfileListColumn::LastChange),
    };
    enum Role {
        ProfileIdRole = Qt::UserRole + 1, // qint64
        StandingRole, // ProfileStanding::key: "overdue", "waiting", "done" …
        LabelRole, // QString: what the profile is called, without "(archived)"
        ArchivedRole, // bool
        VersionRole, // int: the profile's version when the row was read
    };
    static constexpr int PageSize = 100;
    // A count costs as much as a search: it waits this long after the first
    // page, so that while the user is still typing it never holds up the next
    // answer.
    static constexpr int CountDelayMs = 300;

    // Starts the worker and asks for the first page at once.
    ProfileListModel(ConnectionOpener opener, const Clock &clock, QObject *parent = nullptr);
    ~ProfileListModel() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.search; }
    void setFilter(StandingFilter filter);
    StandingFilter filter() const { return m_query.filter; }
    // Archived profiles too; deleted ones never.
    void setShowArchived(bool show);
    bool showsArchived() const { return m_query.withArchived; }
    // Whether the search or the status filter leaves profiles out.
    bool isNarrowed() const { return m_query.narrows(); }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Asks again (the store may have changed, or the clock moved on).
    void refresh();

    // Rows matching the search and filter; -1 while not yet known.
    int totalCount() const { return m_totalCount; }
    // Every profile the list would show without the search and the status
    // filter (archived ones only when shown); -1 while not yet known.
    int wholeCount() const { return m_asked.narrows() ? m_wholeCount : m_totalCount; }
    // True from a new question until its first page has arrived.
    bool isLoading() const { return m_loading; }
    // True while a further page is on its way (fetchMore).
    bool isFetching() const { return m_fetching; }
    qint64 profileId(int row) const;
    // The row of a loaded profile, or -1.
    int rowOf(qint64 id) const;
    // Texts in the current language (after a language change).
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The first page of the newest question is in (possibly no rows).
    void loaded();
    void totalCountChanged(int count);
    void wholeCountChanged();
    void loadingChanged(bool loading);
    void failed(const Error &error);

private:
    void ask();
    void onPageLoaded(
        quint64 generation, int offset, const QList<ProfileListRow> &rows, bool hasMore);
    void onCounted(quint64 generation, int count, bool whole);
    void onFailed(quint64 generation, const Error &error);
    void setTotalCount(int count);
    void setLoading(bool loading);
    QString localTime(const QDateTime &utc) const;
    QString text(const ProfileListRow &row, int column) const;

    const Clock &m_clock;
    ProfileListQuery m_query; // what the user asks for
    ProfileListQuery m_asked; // the same, with the moment it was asked
    QList<ProfileListRow> m_rows;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_loading = false;
    int m_totalCount = -1;
    int m_wholeCount = -1;
    QTimer m_countTimer;
    QThread *m_thread;
    ProfileListWorker *m_worker;
};
