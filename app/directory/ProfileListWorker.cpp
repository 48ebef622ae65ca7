#include "ProfileListWorker.h"

#include <QAtomicInteger>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fincloud-profile-list-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ProfileListWorker::ProfileListWorker(
    ConnectionOpener opener, std::shared_ptr<const std::atomic<quint64>> newest)
    : m_opener(std::move(opener))
    , m_newest(std::move(newest))
    , m_connectionName(nextConnectionName())
{ }

ProfileListWorker::~ProfileListWorker()
{
    dropConnection();
}

Result<QSqlDatabase> ProfileListWorker::connection()
{
    if (m_connected) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            return db;
        dropConnection();
    }
    Result<QSqlDatabase> opened = m_opener(m_connectionName);
    m_connected = opened.ok();
    return opened;
}

void ProfileListWorker::dropConnection()
{
    if (!m_connected)
        return;
    m_connected = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ProfileListWorker::load(
    quint64 generation, const ProfileListQuery &query, int offset, int limit)
{
    if (superseded(generation))
        return;
    Result<QSqlDatabase> db = connection();
    if (!db) {
        emit failed(generation, db.error());
        return;
    }
    // One row more than asked for tells whether there is more.
    Result<QList<ProfileListRow>> rows = query.page(db.value(), offset, limit + 1);
    if (!rows) {
        // A lost connection is opened anew with the next request.
        db = Error {};
        dropConnection();
        emit failed(generation, rows.error());
        return;
    }
    QList<ProfileListRow> page = std::move(rows).value();
    const bool hasMore = page.size() > limit;
    if (hasMore)
        page.resize(limit);
    emit pageLoaded(generation, offset, page, hasMore);
}

void ProfileListWorker::countRows(quint64 generation, const ProfileListQuery &query, bool whole)
{
    if (superseded(generation))
        return;
    Result<QSqlDatabase> db = connection();
    if (!db) {
        emit failed(generation, db.error());
        return;
    }
    ProfileListQuery asked = query;
    if (whole) {
        asked.search.clear();
        asked.filter = StandingFilter::All;
    }
    Result<int> count = asked.count(db.value());
    if (!count) {
        db = Error {};
        dropConnection();
        emit failed(generation, count.error());
        return;
    }
    emit counted(generation, count.value(), whole);
}
