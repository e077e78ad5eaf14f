using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI3004_KeyEncryptionRsa15Tests
{
    private const string Website = """
        ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                .UseClientTlsAuthentication("CN=web")
                .EnableIdTokenInResponseType()
                .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
        """;

    private const string Host = Verify.AdvancedHost;

    [Fact]
    public Task RSA1_5_is_reported_under_advanced()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Omitted() => {{Website}}.{|FAPI3004:SetRequestObjectEncryption|}().Build();
                Client Constant() => {{Website}}.SetRequestObjectEncryption({|FAPI3004:SecurityAlgorithms.RsaPKCS1|}).Build();
                Client Oaep() => {{Website}}.SetRequestObjectEncryption(SecurityAlgorithms.RsaOAEP).Build();
                Client Model() => new Client { TokenEndPointAuthMethod = "tls_client_auth", GrantTypes = { "client_credentials" }, RequestObjectEncryptionAlg = {|FAPI3004:"RSA1_5"|} };
                Client UserInfo() => {{Website}}.{|FAPI3004:SetUserInfoEncryption|}().Build();
                Client Tokens() => new Client
                {
                    TokenEndPointAuthMethod = "tls_client_auth",
                    GrantTypes = { "client_credentials" },
                    IdTokenEncryptedResponseAlg = {|FAPI3004:SecurityAlgorithms.RsaV15KeyWrap|},
                    TokenEncryptedResponseAlg = {|FAPI3004:"RSA1_5"|},
                    UserInfoEncryptedResponseAlg = SecurityAlgorithms.RsaOaepKeyWrap,
                };
            }
            """ + Host, "fapi1_advanced");

    [Fact]
    public Task Other_profiles_do_not_judge_key_encryption()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "tls_client_auth", GrantTypes = { "client_credentials" }, RequestObjectEncryptionAlg = "RSA1_5" };
            }
            """ + Verify.CompliantHost, "fapi2_security");

    [Fact]
    public Task Fix_passes_RSA_OAEP()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Omitted() => {{Website}}.{|FAPI3004:SetRequestObjectEncryption|}().Build();
            }
            """ + Host, Verify.Usings + $$"""
            class Config
            {
                Client Omitted() => {{Website}}.SetRequestObjectEncryption(SecurityAlgorithms.RsaOAEP).Build();
            }
            """ + Host, "fapi1_advanced");
}
