using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Robustness;

/// <summary>Inputs that the random harness is unlikely to produce: cycles, half-typed members, error types.</summary>
public sealed class PathologicalInputTests
{
    [Theory]
    [InlineData("class C { static readonly string A = B; static readonly string B = A; Client M() => new Client { TokenEndPointAuthMethod = A }; }")]
    [InlineData("class C { Client M() { var a = a; return new Client { TokenEndPointAuthMethod = a, GrantTypes = a }; } }")]
    [InlineData("class C { void M(WebApplicationBuilder b) => b.AddSidIdentityServer(o => o.")]
    [InlineData("class C { void M(WebApplicationBuilder b) => b.AddSidIdentityServer(o => { o.DefaultCodeChallengeMethod = ; }); }")]
    [InlineData("class C { Client M() => new Client { TokenEndPointAuthMethod = , ResponseTypes = { , \"token\" } }; }")]
    [InlineData("class C { Client M() => ClientBuilder.BuildApiClient(")]
    [InlineData("class C { Client M() => ClientBuilder.BuildTraditionalWebsiteClient(\"a\", \"b\", null, ).SetIdTokenSignedResponseAlg(alg: ).Build(; }")]
    [InlineData("class C { Client M() => new Client { Unknown = 1, RedirectionUrls = new Missing<string> { \"http://x\" } }; }")]
    [InlineData("class C { Client M() { var c = new Client(); c.ResponseTypes.Add(); c.ResponseTypes.Remove(1, 2); c.GrantTypes = null; c.RedirectionUrls.Clear(); return c; } }")]
    [InlineData("class C { object M() => new Client { RefreshTokenUsage = (RefreshTokenUsages)42, ClientType = (ClientTypes)99, IsPublic = null }; }")]
    [InlineData("class C { void M(WebApplicationBuilder b) { b.AddSidIdentityServer(null); b.AddSidIdentityServer(default); b.AddSidIdentityServer(callback: (o) => throw null); } }")]
    [InlineData("class C { Client M() => new() { TokenEndPointAuthMethod = \"client_secret_post\", ResponseTypes = [\"token\"] }; }")]
    public async Task No_analyzer_exception(string code)
    {
        var (exceptions, _) = await TruncationHarnessTests.Analyze(Verify.Usings + code, new FapiAnalyzer());
        Assert.Empty(exceptions);
    }
}
