// Writes a NetworkPlan as Terraform or as a ROS template to a file the user
// names (plan --out, the wizard's Save as… buttons), through OutputFile: all
// or nothing, never through a symbolic link, never over a folder, device or
// read-only file. Beyond that it replaces only a file it wrote itself (one
// that starts with TerraformPlan::Header, or a JSON template whose
// Description starts with RosTemplate::DescriptionStart), unless the user
// says so (--force, or the file dialog's own "replace?" question): a main.tf
// someone wrote by hand is not lost to a mistyped --out. It must never write
// anything but the plan, and never decide the plan's rules (NetworkPlan does).
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class NetworkPlan;

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    enum class Format { Terraform, Ros };
    // Error::code of a file left alone because it is not one of ours.
    static const QString NotOursCode;

    // "terraform" or "ros"; nullopt for anything else.
    static std::optional<Format> formatNamed(const QString &name);
    // The suffix a file dialog proposes: ".tf" or ".json".
    static QString suffix(Format format);
    static QByteArray bytes(Format format, const NetworkPlan &plan);
    // Whether `bytes` are a file this class writes.
    static bool isOurs(const QByteArray &bytes);
    // `replaceAnyFile`: the user agreed to replace a file that is not ours.
    static Result<> write(
        const QString &path, Format format, const NetworkPlan &plan, bool replaceAnyFile);
};
