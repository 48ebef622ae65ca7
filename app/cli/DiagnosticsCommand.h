// `fincloud-onboard diagnostics`: prints the same text as the wizard's "Copy
// diagnostics" (DiagnosticsReport) for the chosen database and the newest
// session log. Exit status 0, 2 when the database cannot be read, 3 when it is
// damaged (the rest is printed all the same). It opens the database read-only:
// it never creates, migrates or moves it.
#pragma once

#include "storage/StoreAddress.h"

#include <QString>
#include <QStringList>

class QTextStream;
class Redactor;

struct DiagnosticsCommandOptions
{
    StoreAddress database;
    QString logFolder; // the session logs
    QStringList settingsFiles; // read at this start
};

int runDiagnosticsCommand(
    const DiagnosticsCommandOptions &options, const Redactor &redactor, QTextStream &out);
