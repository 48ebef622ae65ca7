#include "PlanCommand.h"

#include "core/UntrustedText.h"
#include "onboarding/ProfileData.h"
#include "plan/NetworkPlan.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int runPlanCommand(const ProgressStore &store, const Clock &clock, const PlanOptions &options,
    QTextStream &out, QTextStream &err)
{
    const Result<ProfileData> data = ProfileLookup::load(store, options.profile);
    if (!data)
        return ProfileLookup::report(data.error(), err);
    const Result<NetworkPlan> plan = NetworkPlan::read(data.value());
    if (!plan) {
        err << plan.error().message << '\n';
        for (const QString &reason : plan.error().details.split(QLatin1Char('\n')))
            err << "- " << UntrustedText::printable(reason) << '\n';
        return 2;
    }
    if (options.validate) {
        const int validated = validateRosTemplate(*options.validate, clock,
            PlanFile::bytes(PlanFile::Format::Ros, plan.value()), plan.value().regionId(), out,
            err);
        if (validated != 0)
            return validated;
    }
    const Result<> written
        = PlanFile::write(options.outPath, options.format, plan.value(), options.force);
    if (!written) {
        err << written.error().message << '\n';
        if (!written.error().details.isEmpty())
            err << written.error().details << '\n';
        return 2;
    }
    out << (options.format == PlanFile::Format::Terraform
            ? QCoreApplication::translate(
                "PlanCommand", "Wrote the network plan of \"%1\" as Terraform to %2.", "@info")
            : QCoreApplication::translate("PlanCommand",
                "Wrote the network plan of \"%1\" as a ROS template to %2.", "@info"))
               .arg(UntrustedText::printable(data.value().label()),
                   QDir::toNativeSeparators(options.outPath))
        << '\n';
    return 0;
}
