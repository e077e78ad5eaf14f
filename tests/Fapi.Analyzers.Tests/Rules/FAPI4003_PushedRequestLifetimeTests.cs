using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>The shared lifetime cases (<see cref="LifetimeRuleTests"/>) with the strict limit: 599 passes, 600 is reported.</summary>
public sealed class FAPI4003_PushedRequestLifetimeTests : LifetimeRuleTests
{
    protected override string Id => "FAPI4003";
    protected override string Member => "PARExpirationTimeInSeconds";
    protected override string OtherMember => "AuthorizationCodeExpirationInSeconds";
    protected override int LastCompliant => 599;

    [Fact]
    public Task Message_names_the_value_the_profile_and_the_strict_limit()
        => Verify.Analyzer(new[] { Verify.Usings + $$"""
            class Config
            {
                Client Create() => new Client { {{Members}}, PARExpirationTimeInSeconds = {|FAPI4003:600|} };
            }
            """ + Verify.CompliantHost }, messages: new[] { "Pushed authorization request_uri values of this client live 600 seconds, but fapi2_security requires less than 600 seconds (S §5.3.2.2-12)" });
}
