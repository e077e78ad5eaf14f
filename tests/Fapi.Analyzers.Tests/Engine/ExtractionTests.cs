using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>How configurations are found: chains, locals before and after Build(), fields, properties, top-level code.</summary>
public sealed class ExtractionTests
{
    [Fact]
    public Task Assignments_after_Build_apply_to_the_built_client()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var client = ClientBuilder.BuildApiClient("api", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build();
                    client.TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|};
                    client.GrantTypes.Add({|FAPI2008:"password"|});
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_builder_in_a_local_collects_its_later_calls_and_its_built_client()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var builder = ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback");
                    builder.UseClientPrivateKeyJwtAuthentication();
                    builder.SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256).UseDPOPProof();
                    builder.{|FAPI2003:EnableTokenInResponseType|}();
                    var client = builder.Build();
                    client.RedirectionUrls.Add({|FAPI2007:"http://app.example.com/other"|});
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fields_properties_and_lambdas_hold_configurations()
        => Verify.Analyzer(Verify.Usings + """
            using System.Linq;

            static class Config
            {
                static readonly Client Field = new Client { TokenEndPointAuthMethod = {|FAPI1002:"client_secret_basic"|}, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };

                public static List<Client> Clients => new List<Client>
                {
                    ClientBuilder.BuildApiClient("a", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build(),
                    ClientBuilder.BuildApiClient("b", "secret").{|FAPI1002:UseClientSecretBasicAuthentication|}().UseDPOPProof().Build(),
                };

                public static IEnumerable<Client> Many(IEnumerable<string> ids)
                    => ids.Select(id => ClientBuilder.{|FAPI1002:BuildApiClient|}(id, "secret").UseDPOPProof().Build());
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Top_level_statements_are_analyzed()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
                var builder = WebApplication.CreateBuilder(args);
                builder.{|FAPI2002:AddSidIdentityServer|}(o =>
                {
                    o.RequiredPushedAuthorizationRequest = true;
                    o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                    o.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;
                })
                    .AddInMemoryClients(new List<Client>
                    {
                        ClientBuilder.BuildApiClient("api", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build(),
                    });
                builder.Build().Run();
                """,
        }, outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public Task A_local_assigned_twice_is_not_trusted()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(bool legacy)
                {
                    var method = "private_key_jwt";
                    if (legacy)
                    {
                        method = "client_secret_post";
                    }

                    return new Client { TokenEndPointAuthMethod = method, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_builder_returned_unbuilt_from_a_helper_is_not_judged_there()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                static ApiClientBuilder Machine(string id) => ClientBuilder.BuildApiClient(id, "secret");
                Client Create() => Machine("api").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Two_hosts_in_one_compilation_leave_inheriting_clients_to_their_own_facts()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
            }
            """ + Verify.CompliantHost + Verify.CompliantHost.Replace("class Host", "class SecondHost"));

    [Fact]
    public Task Collection_expressions_are_read_element_by_element()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new {|FAPI4002:{|FAPI4003:Client|}|}
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    GrantTypes = [AuthorizationCodeHandler.GRANT_TYPE, {|FAPI2008:PasswordHandler.GRANT_TYPE|}],
                    ResponseTypes = ["code", {|FAPI2003:"token"|}],
                    RedirectionUrls = ["https://app.example.com/callback", {|FAPI2007:"http://app.example.com/callback"|}],
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_removes_an_element_of_a_collection_expression()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = ["client_credentials", {|FAPI2008:"password"|}] };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = ["client_credentials"] };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Builders_without_bound_calls_keep_their_chain_through_unbound_calls_and_the_Client_property()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Device() => ClientBuilder.{|FAPI1002:{|FAPI4001:BuildDeviceClient|}|}("tv", "secret").SetClientName("Living-room TV").Build();
                Client Website() => ClientBuilder.{|FAPI1002:{|FAPI4001:{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}|}|}("web", "secret", null, "https://app.example.com/callback").SetClientName("Web").Client;
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task The_host_seen_by_clients_includes_its_later_statements_and_locals()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Machine() => new Client { GrantTypes = { "client_credentials" } };
            }

            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    var method = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD;
                    var sid = builder.AddSidIdentityServer(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = method;
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
                    sid.PushAuthorizationRequestIsRequired();
                }
            }
            """, "fapi1_advanced");

    [Fact]
    public Task A_static_readonly_array_with_a_brace_initializer_is_resolved()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                static readonly string[] Callbacks = { "https://app.example.com/callback", "http://app.example.com/callback" };
                Client Website() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, {|FAPI2007:Callbacks|})
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_host_in_top_level_statements_is_seen_by_clients_in_another_file()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
                var builder = WebApplication.CreateBuilder(args);
                var method = "tls_client_auth";
                builder.AddSidIdentityServer(o =>
                {
                    o.RequiredPushedAuthorizationRequest = true;
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = method;
                    o.DefaultTokenSignedResponseAlg = "ES256";
                });
                """,
            Verify.Usings + """
                static class Clients
                {
                    public static Client Machine() => new Client { GrantTypes = { "client_credentials" } };
                }
                """,
        }, "fapi1_advanced", outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public Task A_client_entity_without_flows_gets_no_token_rules()
        => Verify.Analyzer(Verify.Usings + """
            class Seeder
            {
                void Attach(Client client) { }

                void Update(string id, ClientTypes type)
                {
                    var client = new Client { ClientId = id };
                    Attach(client);
                    client.ClientType = type;
                }
            }
            """);

    [Fact]
    public Task The_algorithm_of_a_clients_signing_key_is_judged_without_a_fix()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Generated() => ClientBuilder.BuildApiClient("a", "secret").UsePrivateKeyJwtAuthentication().{|FAPI3001:GenerateRSASigningKey|}("kid").UseDPOPProof().Build();
                Client Rsa(RsaSecurityKey key) => ClientBuilder.BuildApiClient("b", "secret").UsePrivateKeyJwtAuthentication().AddSigningKey(key, {|FAPI3001:SecurityAlgorithms.RsaSha256|}).UseDPOPProof().Build();
                Client Ps256(RsaSecurityKey key) => ClientBuilder.BuildApiClient("c", "secret").UsePrivateKeyJwtAuthentication().AddSigningKey(key, SecurityAlgorithms.RsaSsaPssSha256).UseDPOPProof().Build();
                Client Ec(SigningCredentials credentials) => ClientBuilder.BuildApiClient("d", "secret").UsePrivateKeyJwtAuthentication().AddSigningKey(credentials, SecurityAlgorithms.EcdsaSha256, SecurityKeyTypes.ECDSA).UseDPOPProof().Build();
            }
            """ + Verify.CompliantHost);
}
