using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.CodeFixes;

/// <summary>Fixes keep the user's code and layout: statements, comments, trailing commas, line endings.</summary>
public sealed class FixLayoutTests
{
    [Fact]
    public Task Removing_a_call_from_a_chain_statement_keeps_the_rest_of_the_chain()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var builder = ClientBuilder.BuildApiClient("a", "secret");
                    builder.UsePrivateKeyJwtAuthentication().UseDPOPProof().{|FAPI2008:EnablePasswordGrantType|}();
                    return builder.Build();
                }
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var builder = ClientBuilder.BuildApiClient("a", "secret");
                    builder.UsePrivateKeyJwtAuthentication().UseDPOPProof();
                    return builder.Build();
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_null_callback_is_replaced_by_the_options_lambda()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI1002:{|FAPI2002:{|FAPI3001:AddSidIdentityServer|}|}|}(null).PushAuthorizationRequestIsRequired();
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(options =>
                    {
                        options.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        options.DefaultCodeChallengeMethod = "S256";
                        options.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;
                    }).PushAuthorizationRequestIsRequired();
            }
            """, iterations: 3);

    [Fact]
    public Task Added_members_take_the_indentation_but_not_the_comments_of_their_neighbours()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new {|FAPI4001:Client|}
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    // machine to machine only
                    GrantTypes = { "client_credentials" } // no user
                };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => new Client
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    // machine to machine only
                    GrantTypes = { "client_credentials" }, // no user
                    DPOPBoundAccessTokens = true
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Added_lambda_statements_do_not_copy_comments()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI2002:AddSidIdentityServer|}(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        // ES256 everywhere
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        // ES256 everywhere
                        o.DefaultTokenSignedResponseAlg = "ES256";
                        o.DefaultCodeChallengeMethod = "S256";
                    });
            }
            """);

    [Fact]
    public Task A_one_line_block_lambda_stays_on_one_line()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI2002:AddSidIdentityServer|}((o) => { o.RequiredPushedAuthorizationRequest = true; o.DefaultTokenEndPointAuthMethod = "private_key_jwt"; o.DefaultTokenSignedResponseAlg = "ES256"; });
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer((o) => { o.RequiredPushedAuthorizationRequest = true; o.DefaultTokenEndPointAuthMethod = "private_key_jwt"; o.DefaultTokenSignedResponseAlg = "ES256"; o.DefaultCodeChallengeMethod = "S256"; });
            }
            """);

    [Fact]
    public Task Removing_the_last_element_before_a_trailing_comma_leaves_no_blank_line_and_a_lone_element_leaves_one_space()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new Client
                {
                    TokenEndPointAuthMethod = "tls_client_auth",
                    IdTokenSignedResponseAlg = "ES256",
                    AuthorizationCodeExpirationInSeconds = 60,
                    PARExpirationTimeInSeconds = 60,
                    ResponseTypes = { {|FAPI2003:"token"|} },
                    GrantTypes =
                    {
                        "client_credentials",
                        {|FAPI2008:"implicit"|},
                    },
                };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => new Client
                {
                    TokenEndPointAuthMethod = "tls_client_auth",
                    IdTokenSignedResponseAlg = "ES256",
                    AuthorizationCodeExpirationInSeconds = 60,
                    PARExpirationTimeInSeconds = 60,
                    ResponseTypes = { },
                    GrantTypes =
                    {
                        "client_credentials",
                    },
                };
            }
            """ + Verify.CompliantHost, compareTrees: false);

    [Fact]
    public Task Fixes_keep_CRLF_line_endings()
        => Verify.Fix((Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI2002:{|FAPI3001:AddSidIdentityServer|}|}(o => o.DefaultTokenEndPointAuthMethod = "private_key_jwt");
            }
            """).Replace("\n", "\r\n"), (Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;
                    });
            }
            """).Replace("\n", "\r\n"));

    [Fact]
    public Task Calls_added_to_a_multi_line_chain_without_Build_each_get_one_line()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.{|FAPI1002:{|FAPI3001:{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseDPOPProof()
                    .Client;
            }
            """, Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseDPOPProof()
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Client;
            }
            """);

    [Fact]
    public Task Calls_added_to_a_chain_do_not_copy_the_trailing_comment_of_the_line_before()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.{|FAPI1002:{|FAPI4001:BuildApiClient|}|}("api", "secret") // partner API
                    .EnableRefreshTokenGrantType() // long-lived sessions
                    .Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.BuildApiClient("api", "secret") // partner API
                    .EnableRefreshTokenGrantType() // long-lived sessions
                    .UsePrivateKeyJwtAuthentication()
                    .UseDPOPProof()
                    .Build();
            }
            """ + Verify.CompliantHost);
}
