#include "ServerConnectCause.h"

#include <QRegularExpression>

namespace {

// The first quoted name after `marker` in libpq's text ("…for user "alice"").
QString quotedAfter(const QString &text, const QString &marker)
{
    const QRegularExpression quoted(
        QRegularExpression::escape(marker) + QStringLiteral(" \"([^\"]*)\""));
    return quoted.match(text).captured(1);
}

} // namespace

QString ServerConnectCause::plainCause(const QString &driverText)
{
    const auto has = [&](const char *part) {
        return driverText.contains(QLatin1String(part), Qt::CaseInsensitive);
    };
    if (has("does not match host name")) {
        const QString certified = quotedAfter(driverText, QStringLiteral("server certificate for"));
        const QString asked = quotedAfter(driverText, QStringLiteral("match host name"));
        return tr("The server's certificate is for \"%1\", not for \"%2\": use in the address the "
                  "host name the certificate names.",
            "@info")
            .arg(certified, asked);
    }
    if (has("certificate verify failed"))
        return tr("The server's certificate is not signed by the certificate authority given in "
                  "sslrootcert (or it has expired): check that sslrootcert names your team's CA "
                  "certificate.",
            "@info");
    if (has("root certificate file") && has("does not exist"))
        return tr("The CA certificate file named by sslrootcert does not exist.", "@info");
    if (has("server does not support SSL"))
        return tr("The server does not offer TLS, but the address requires it (sslmode).", "@info");
    if (has("no pg_hba.conf entry") && has("no encryption"))
        return tr("The server does not accept this login without TLS: add "
                  "sslmode=verify-full and sslrootcert to the address.",
            "@info");
    if (has("password authentication failed"))
        return tr("The server refused the password of database role \"%1\".", "@info")
            .arg(quotedAfter(driverText, QStringLiteral("for user")));
    if (has("database") && has("does not exist"))
        return tr("The server has no database \"%1\".", "@info")
            .arg(quotedAfter(driverText, QStringLiteral("database")));
    if (has("connection refused"))
        return tr("Nothing answers at that host and port: the server is not running there, or a "
                  "firewall is in the way.",
            "@info");
    return {};
}
