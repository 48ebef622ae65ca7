// `fincloud-onboard check-data FILE.json`: one line per field with its
// verdict. Exit status 0 when nothing is an error, 1 when something is, 2 when
// the file cannot be read or parsed.
#pragma once

#include <QDate>
#include <QString>

class QTextStream;

int runCheckDataCommand(const QString &path, QDate today, QTextStream &out, QTextStream &err);
