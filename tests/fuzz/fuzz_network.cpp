// Fuzzes the address plan: CIDR parsing, block arithmetic, plan checks and the
// proposed default plan. Lines of the input are the VPC block and vSwitches.
#include "FuzzInput.h"

#include "validation/Ipv4Cidr.h"
#include "validation/VpcPlan.h"

#include <cstring>

using FuzzInput::require;

namespace {

void testParse(const QString &input)
{
    const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(input);
    if (!parsed) {
        require(!parsed.error().message.isEmpty());
        return;
    }
    const Ipv4Cidr &block = parsed.value();
    const Result<Ipv4Cidr> again = Ipv4Cidr::parse(block.toString());
    require(again && again.value() == block);
    require(block.contains(block) && block.overlaps(block));
    require(block.lastAddress() - block.network() == block.size() - 1);
}

void testPlan(const QString &input)
{
    QStringList lines = input.split(QLatin1Char('\n'));
    const QString vpc = lines.takeFirst();
    const VpcPlanVerdict verdict = VpcPlan::check(vpc, lines);
    require(verdict.vSwitches.size() == lines.size());
    require(verdict.vpc.level == VpcPlan::checkVpcCidr(vpc).level);
    require(verdict.plan.blocks() == lines.isEmpty());
    QList<Ipv4Cidr> accepted;
    for (const FieldVerdict &vSwitch : verdict.vSwitches) {
        if (vSwitch.blocks())
            continue;
        const Ipv4Cidr block = Ipv4Cidr::parse(vSwitch.normalized).value();
        for (const Ipv4Cidr &other : accepted)
            require(!block.overlaps(other));
        accepted.append(block);
    }
}

// Blocks from raw numbers: whatever fromParts accepts behaves like a parsed one.
void testArithmetic(const uint8_t *data, size_t size)
{
    if (size < 10)
        return;
    quint32 first = 0;
    quint32 second = 0;
    std::memcpy(&first, data, sizeof first);
    std::memcpy(&second, data + 4, sizeof second);
    const Result<Ipv4Cidr> a = Ipv4Cidr::fromParts(first, int(int8_t(data[8])));
    const Result<Ipv4Cidr> b = Ipv4Cidr::fromParts(second, data[9] % 33);
    if (a) {
        require(Ipv4Cidr::parse(a.value().toString()).value() == a.value());
        require(VpcPlan::usableAddresses(a.value()) >= 0);
    }
    if (a && b)
        require(a.value().overlaps(b.value()) == b.value().overlaps(a.value()));
    // Small zone counts: a plan of 256 vSwitches would slow every run down.
    const VpcPlanProposal proposal = VpcPlan::proposeDefault(int(int8_t(data[8])) % 8);
    const VpcPlanVerdict verdict = VpcPlan::check(proposal.vpcCidr, proposal.vSwitchCidrs);
    require(verdict.blocks() == proposal.vSwitchCidrs.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::forEachDecoding(data, size, [](const QString &input) {
        testParse(input);
        testPlan(input);
    });
    testArithmetic(data, size);
    return 0;
}
