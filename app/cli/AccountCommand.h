// The headless account check:
//   fincloud-onboard check-account [--json] [--profile NAME] [--api-endpoint URL]
// Asks Alibaba Cloud, with read-only calls, whose key this is, the account's
// balance, whether an invoice title is set up and which finance regions the
// account sees (AccountCheck), and prints each finding with its time,
// RequestId and suggestion.
//   Exit status: 0 every check answered and nothing to do; 1 some check
//   found something to do (wins over 2: a finding is certain); 2 some check
//   could not be made, or nothing could be checked (no key, bad endpoint,
//   no such profile or database).
// With --profile the findings are stored in that existing profile (fields
// FieldKey::AccountChecks and their timeline events), as the wizard stores
// them; the database is opened to write as for every writing command, but a
// missing SQLite file is never created for it, and the profile is looked up
// before anything is asked of the cloud. Without --profile nothing is
// opened or stored. No step status ever changes: suggestions are printed.
// Must never print the secret, in any output format.
#pragma once

#include "cli/CloudCommands.h"

class StoreAddress;

struct AccountCommandOptions
{
    CloudCommandOptions cloud;
    QString profile; // empty: print only, store nothing
};

int runCheckAccount(const AccountCommandOptions &options, const StoreAddress *address,
    const Clock &clock, QTextStream &out, QTextStream &err);
