using System.Linq;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>OpenIddict snippets in, facts out: builder calls, options, prefixed permissions, requirements as membership.</summary>
public sealed class OpenIddictFactTests
{
    private readonly ITestOutputHelper _output;

    public OpenIddictFactTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Debug()
    {
        var extracted = FactHarness.Extract("""
            static class Startup
            {
                static void Configure(IServiceCollection services)
                {
                    services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                    });
                }
            }
            """, usings: Verify.OpenIddictUsings);
        _output.WriteLine("count " + extracted.All.Count);
        foreach (var c in extracted.All)
        {
            _output.WriteLine(c.Kind + " " + string.Join("; ", c.Values.Select(f => f.Setting + "=" + f.Value)));
        }
    }
}
