#include "CheckDataCommand.h"

#include "core/UntrustedText.h"
#include "validation/CompanyDataFile.h"

#include <QFile>
#include <QTextStream>

namespace {

QString levelWord(FieldVerdict::Level level)
{
    switch (level) {
    case FieldVerdict::Ok:
        return QCoreApplication::translate("CheckDataCommand", "ok", "@info verdict");
    case FieldVerdict::Note:
        return QCoreApplication::translate("CheckDataCommand", "note", "@info verdict");
    case FieldVerdict::Warning:
        return QCoreApplication::translate("CheckDataCommand", "WARNING", "@info verdict");
    case FieldVerdict::Error:
        return QCoreApplication::translate("CheckDataCommand", "ERROR", "@info verdict");
    }
    return {};
}

} // namespace

int runCheckDataCommand(const QString &path, QDate today, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("CheckDataCommand", "Cannot read %1: %2")
                   .arg(path, file.errorString())
            << '\n';
        return 2;
    }
    const Result<QList<CheckedField>> checked
        = CompanyDataFile::check(file.read(CompanyDataFile::MaxBytes + 1), today);
    if (!checked) {
        err << path << ": " << checked.error().message << '\n';
        return 2;
    }
    for (const CheckedField &field : checked.value()) {
        // Keys and messages (a reason, a quoted value) come from the file.
        out << UntrustedText::printable(field.key) << ": " << levelWord(field.verdict.level);
        if (!field.verdict.message.isEmpty())
            out << " — " << UntrustedText::printable(field.verdict.message);
        out << '\n';
    }
    return CompanyDataFile::hasError(checked.value()) ? 1 : 0;
}
