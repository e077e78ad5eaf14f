using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A §8.6.1: the server and the client shall not use RSA1_5.</summary>
internal sealed class FAPI3004_KeyEncryptionRsa15 : Rule
{
    private const string Compliant = "RSA-OAEP";

    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.KeyEncryptionRsa15,
        "Key encryption algorithm RSA1_5",
        "{0} uses key encryption algorithm RSA1_5, which {1} forbids ({2}); use RSA-OAEP",
        "RSAES-PKCS1-v1_5 key encryption is open to padding-oracle attacks.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server | Roles.Client | Roles.RelyingParty;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!profile.Rsa15KeyEncryptionForbidden)
        {
            return;
        }

        Check(configuration.Get(Setting.RequestObjectEncryptionAlgorithm), "Request object encryption", profile, reporter);
        Check(configuration.Get(Setting.JarmEncryptionAlgorithm), "Authorization response (JARM) encryption", profile, reporter);
        Check(configuration.Get(Setting.IdTokenEncryptionAlgorithm), "ID token encryption", profile, reporter);
        Check(configuration.Get(Setting.UserInfoEncryptionAlgorithm), "UserInfo response encryption", profile, reporter);
        Check(configuration.Get(Setting.AccessTokenEncryptionAlgorithm), "Access token encryption", profile, reporter);
        Check(configuration.Get(Setting.ClientJwtEncryptionAlgorithm), "Client JWT encryption", profile, reporter);
    }

    private static void Check(Fact? fact, string what, ProfileRequirements profile, RuleReporter reporter)
    {
        if (fact?.AsString is "RSA1_5" or "http://www.w3.org/2001/04/xmlenc#rsa-1_5")
        {
            reporter.Report(Rule, fact, Compliant, what, profile.Key, profile.KeyEncryptionClause);
        }
    }
}
