#include "StoreAddress.h"

#include "ServerConnectCause.h"
#include "SqliteFileCheck.h"
#include "StoreErrorKind.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace {

const QString Hidden = QStringLiteral("***");

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

// libpq reads key='value' with backslash escapes; QPSQL turns every ';' of
// its option string into a space, so a ';' can never reach libpq intact.
QString quotedOption(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isPostgresScheme(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void removeConnection(const QString &connectionName)
{
    QSqlDatabase::removeDatabase(connectionName);
}

// A text that names no usable database: the user's typing, not the store.
Error invalidAddress(const QString &message, const QString &details = {})
{
    return storeError(StoreErrorKind::InvalidAddress, message, details);
}

} // namespace

StoreAddress StoreAddress::sqliteFile(const QString &path)
{
    StoreAddress address;
    address.m_path = QFileInfo(path).absoluteFilePath();
    return address;
}

Result<StoreAddress> StoreAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalidAddress(tr("No database was given.", "@info"));
    if (text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(text);
        const bool remote = !url.host().isEmpty() && url.host() != QLatin1String("localhost");
        if (!url.isLocalFile() || remote || url.toLocalFile().isEmpty())
            return invalidAddress(
                tr("The database address is not a file on this computer.", "@info"));
        return sqliteFile(url.toLocalFile());
    }
    if (!isPostgresScheme(text)) {
        // Anything else that looks like a URL is a mistake, not a file name.
        static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
        if (const QRegularExpressionMatch match = otherScheme.match(text); match.hasMatch())
            return invalidAddress(tr("The database address must be a file path or a postgresql:// "
                                     "address.",
                                      "@info"),
                match.captured(0));
        // The shell expands a leading ~ only in some places (not after
        // --database=): here it means the home folder, never a folder named "~".
        if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
            return sqliteFile(QDir::homePath() + text.mid(1));
        if (text.startsWith(QLatin1Char('~')))
            return invalidAddress(
                tr("The database path %1 starts with ~ followed by a user name; give "
                   "the full path instead.",
                    "@info")
                    .arg(text));
        return sqliteFile(text);
    }

    StoreAddress address;
    address.m_postgres = true;
    QStringView rest = QStringView(text).mid(text.indexOf(QLatin1String("://")) + 3);

    QStringView query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QStringView authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        address.m_database = decoded(rest.mid(slash + 1));
        authority = rest.left(slash);
    }
    QStringView hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        address.m_user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            address.m_password = decoded(userInfo.mid(colon + 1));
    }
    if (hostPort.contains(QLatin1Char(',')))
        return invalidAddress(tr("The database address names several servers; give one.", "@info"));

    QStringView portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalidAddress(
                tr("The server address in the database address is incomplete.", "@info"));
        address.m_host = hostPort.mid(1, close - 1).toString();
        const QStringView after = hostPort.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return invalidAddress(
                tr("The server address in the database address is not valid.", "@info"));
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        address.m_host = decoded(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalidAddress(
                tr("The port in the database address must be a number from 1 to 65535.", "@info"),
                portText.toString());
        address.m_port = port;
    }

    static const QRegularExpression optionKey(QStringLiteral("^[a-z_]+$"));
    for (const QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(equals >= 0 ? pair.left(equals) : pair);
        const QString value = equals >= 0 ? decoded(pair.mid(equals + 1)) : QString();
        if (!optionKey.match(key).hasMatch())
            return invalidAddress(
                tr("The database address has an option that is not valid.", "@info"), key);
        if (key == QLatin1String("password")) {
            address.m_password = value;
            continue;
        }
        if (value.contains(QLatin1Char(';')))
            return invalidAddress(
                tr("The option %1 in the database address may not contain \";\".", "@info")
                    .arg(key));
        if (key == QLatin1String("host"))
            address.m_host = value;
        else if (key == QLatin1String("user"))
            address.m_user = value;
        else if (key == QLatin1String("dbname"))
            address.m_database = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok || address.m_port < 1 || address.m_port > 65535)
                return invalidAddress(
                    tr("The port in the database address must be a number from 1 to "
                       "65535.",
                        "@info"),
                    value);
        } else
            address.m_options.append({key, value});
    }
    return address;
}

QString StoreAddress::displayName() const
{
    if (!m_postgres)
        return QDir::toNativeSeparators(m_path);
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += encoded(m_user) + QLatin1Char('@');
    text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                              : encoded(m_host, QByteArrayLiteral("."));
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + encoded(m_database);
    return text;
}

QString StoreAddress::scrubbed(const QString &text) const
{
    if (m_password.isEmpty())
        return text;
    QString clean = text;
    clean.replace(m_password, Hidden);
    clean.replace(encoded(m_password), Hidden);
    clean.replace(quotedOption(m_password), Hidden);
    return clean;
}

QString StoreAddress::connectOptions() const
{
    QList<QPair<QString, QString>> options = m_options;
    const auto given = [&](const char *key) {
        return std::any_of(options.cbegin(), options.cend(),
            [&](const auto &option) { return option.first == QLatin1String(key); });
    };
    const auto fallback = [&](const char *key, const QString &value) {
        if (!given(key))
            options.append({QString::fromLatin1(key), value});
    };
    fallback("connect_timeout", QString::number(DefaultConnectTimeoutSeconds));
    fallback("application_name", QStringLiteral("fincloud-onboard"));
    // A server that vanished without closing the connection is noticed within
    // about half a minute instead of the system's two hours.
    fallback("keepalives", QStringLiteral("1"));
    fallback("keepalives_idle", QStringLiteral("10"));
    fallback("keepalives_interval", QStringLiteral("5"));
    fallback("keepalives_count", QStringLiteral("3"));
    fallback("tcp_user_timeout", QStringLiteral("30000"));
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + QLatin1Char('=') + quotedOption(value);
    return parts.join(QLatin1Char(';'));
}

Result<QSqlDatabase> StoreAddress::addUnconfiguredConnection(const QString &connectionName) const
{
    return addOpenedConnection(connectionName, false);
}

Result<QSqlDatabase> StoreAddress::addReadOnlyConnection(const QString &connectionName) const
{
    return addOpenedConnection(connectionName, true);
}

Result<QSqlDatabase> StoreAddress::addOpenedConnection(
    const QString &connectionName, bool readOnly) const
{
    if (!isValid())
        return invalidAddress(tr("No database was given.", "@info"));
    const QString driver = m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    Error failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(driver, connectionName);
        if (!database.isValid()) {
            failure = storeError(StoreErrorKind::DriverMissing,
                m_postgres ? tr("The PostgreSQL driver for Qt is not installed (Debian package "
                                "libqt6sql6-psql).",
                    "@info")
                           : tr("The SQLite driver for Qt is not installed.", "@info"),
                driver + QStringLiteral(" driver missing"));
        } else {
            if (m_postgres) {
                database.setHostName(m_host);
                if (m_port > 0)
                    database.setPort(m_port);
                database.setUserName(m_user);
                // Empty: libpq looks in ~/.pgpass (or PGPASSFILE) itself.
                database.setPassword(m_password);
                database.setDatabaseName(m_database);
                database.setConnectOptions(connectOptions());
            } else {
                const SqliteFileCheck::ReadOnlyOpening opening
                    = SqliteFileCheck::readOnlyOpening(m_path);
                database.setDatabaseName(readOnly ? opening.databaseName : m_path);
                database.setConnectOptions(readOnly ? opening.connectOptions
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            }
            if (database.open())
                return database;
            const QString driverText = scrubbed(database.lastError().text());
            QString message = m_postgres
                ? tr("Cannot connect to the shared database %1.", "@info").arg(displayName())
                : tr("Cannot open the progress database %1.", "@info").arg(displayName());
            if (const QString cause
                = m_postgres ? ServerConnectCause::plainCause(driverText) : QString();
                !cause.isEmpty())
                message += QLatin1Char(' ') + cause;
            failure = storeError(StoreErrorKind::Unreachable, message, driverText);
            database.close();
        }
    }
    removeConnection(connectionName);
    return failure;
}

Result<QSqlDatabase> StoreAddress::addConnection(const QString &connectionName) const
{
    Result<QSqlDatabase> opened = addUnconfiguredConnection(connectionName);
    if (!opened || m_postgres)
        return opened;
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        QSqlQuery query(opened.value());
        if (query.exec(QString::fromLatin1(pragma)))
            continue;
        const Error failure = storeError(StoreErrorKind::Unreachable,
            tr("Cannot open the progress database %1.", "@info").arg(displayName()),
            query.lastError().text() + QStringLiteral(" — ") + QString::fromLatin1(pragma));
        query = QSqlQuery();
        opened.value().close();
        opened = failure; // drops the last handle before the name is removed
        removeConnection(connectionName);
        return opened;
    }
    return opened;
}
