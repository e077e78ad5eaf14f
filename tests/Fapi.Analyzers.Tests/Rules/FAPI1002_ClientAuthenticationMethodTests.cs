using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI1002_ClientAuthenticationMethodTests
{
    [Fact]
    public Task Client_secret_post_literal_in_initializer_is_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { ClientId = "a", TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|}, GrantTypes = { "client_credentials" } };
            }
            """, "fapi2_security");
}
