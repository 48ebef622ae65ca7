// The headless network check:
//   fincloud-onboard verify-network [--json] [--profile NAME] [--api-endpoint URL]
//       [--cloud-profile NAME]
// Reads the VPC and its vSwitches in the plan's region with read-only calls
// (NetworkCheck: DescribeVpcs by tag, then by name and block;
// DescribeVSwitches; paged) and names each difference from the profile's
// plan. The profile is the one ProfileLookup picks (--profile, else the one
// used last); it must exist: the plan is in it.
//   Exit status: 0 the network matches the plan; 1 it differs (a VPC or
//   vSwitch missing, a block or zone different, a vSwitch not in the plan);
//   2 it could not be checked (no key, no database or profile, no VPC plan,
//   a refusal, the network, several candidate VPCs).
// The result is stored in the profile (FieldKey::NetworkCheck and its
// timeline event) with its time and RequestIds; the database is opened to
// write, but a missing SQLite file is never created for it, and the profile
// and its plan are read before anything is asked of the cloud. No step
// status ever changes: a match suggests step 5 done, the user confirms it
// in the wizard.
// Must never print the secret, in any output format.
#pragma once

#include "cli/CloudCommands.h"

class StoreAddress;

struct NetworkCommandOptions
{
    CloudCommandOptions cloud;
    QString profile; // empty: the profile used last
};

int runVerifyNetwork(const NetworkCommandOptions &options, const StoreAddress *address,
    const Clock &clock, QTextStream &out, QTextStream &err);
