// `fincloud-onboard plan --format terraform|ros --out FILE [--profile NAME]
// [--force] [--validate]`: writes the network planned in step 5 of one
// profile as code (PlanFile). With --validate (ROS only) the template is
// first sent to ROS ValidateTemplate with the key of the credential chain,
// and written only when ROS accepts it. Exit status: 0 written; 1 no such
// profile; 2 the plan is incomplete or breaks a rule (each reason on its own
// line, the rules the wizard uses), ROS refused the template or could not be
// asked, the file was refused or not written, or the database could not be
// read. It takes its options as CommandTable checked them (an --out file, a
// known --format, --validate only with ros).
#pragma once

#include "cli/CloudCommands.h"
#include "plan/PlanFile.h"

#include <QString>

#include <optional>

class Clock;
class ProgressStore;
class QTextStream;

struct PlanOptions
{
    QString profile; // company name or profile id; empty: the last used
    PlanFile::Format format = PlanFile::Format::Terraform;
    QString outPath;
    bool force = false; // replace a file this program did not write
    // --validate: the key, endpoints and client settings to ask ROS with.
    std::optional<CloudCommandOptions> validate = {};
};

int runPlanCommand(const ProgressStore &store, const Clock &clock, const PlanOptions &options,
    QTextStream &out, QTextStream &err);
