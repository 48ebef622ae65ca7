// Why a PostgreSQL server could not be reached, in one plain sentence for the
// person at the window: libpq's message (English, technical, sometimes two
// lines) matched against the causes a team meets when it sets up a shared
// store — a certificate from another authority, a host name the certificate
// does not name, TLS required by one side only, a refused password, a missing
// database, nothing listening. The driver's own text stays in the details.
// It must never guess: a message it does not recognise gets no sentence.
#pragma once

#include <QCoreApplication>
#include <QString>

class ServerConnectCause
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnectCause)
public:
    // Empty when `driverText` is none of the known causes.
    static QString plainCause(const QString &driverText);
};
