#include "PlanFile.h"

#include "NetworkPlan.h"
#include "RosTemplate.h"
#include "TerraformPlan.h"
#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

const QString PlanFile::NotOursCode = QStringLiteral("plan.not-ours");

namespace {

// Larger than any plan this program writes (256 vSwitches stay far below).
constexpr qint64 MaxOwnFileSize = 4 * 1024 * 1024;

} // namespace

std::optional<PlanFile::Format> PlanFile::formatNamed(const QString &name)
{
    if (name == QLatin1String("terraform"))
        return Format::Terraform;
    if (name == QLatin1String("ros"))
        return Format::Ros;
    return std::nullopt;
}

QString PlanFile::suffix(Format format)
{
    return format == Format::Terraform ? QStringLiteral(".tf") : QStringLiteral(".json");
}

QByteArray PlanFile::bytes(Format format, const NetworkPlan &plan)
{
    return format == Format::Terraform ? TerraformPlan::text(plan) : RosTemplate::json(plan);
}

bool PlanFile::isOurs(const QByteArray &bytes)
{
    if (bytes.startsWith(TerraformPlan::Header + '\n'))
        return true;
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    return object.value(QStringLiteral("ROSTemplateFormatVersion")).toString()
        == QLatin1String(RosTemplate::FormatVersion)
        && object.value(QStringLiteral("Description"))
               .toString()
               .startsWith(RosTemplate::DescriptionStart);
}

Result<> PlanFile::write(
    const QString &path, Format format, const NetworkPlan &plan, bool replaceAnyFile)
{
    // Symbolic links, folders, devices and read-only files: refused whatever
    // the user says (OutputFile checks again when it renames).
    if (const Result<> target = OutputFile::checkTarget(path); !target)
        return target;
    const QFileInfo existing(path);
    if (existing.exists() && !replaceAnyFile) {
        QFile file(path);
        const bool ours = existing.size() <= MaxOwnFileSize && file.open(QIODevice::ReadOnly)
            && isOurs(file.readAll());
        if (!ours)
            return Error {tr("%1 exists and was not written by this program, so it was left as "
                             "it is. Give a new name, or replace it on purpose (--force).",
                              "@info")
                              .arg(QDir::toNativeSeparators(path)),
                QStringLiteral("no plan header"), NotOursCode};
    }
    return OutputFile::save(path, bytes(format, plan));
}
