using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>S §5.3.2.2-7: the server shall return the iss parameter in the authorization response (RFC 9207).</summary>
internal sealed class FAPI4004_IssuerResponseParameter : Rule
{
    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.IssuerResponseParameter,
        "Issuer identification (iss) response parameter disabled",
        "Authorization responses do not carry the iss parameter, but {0} requires it ({1})",
        "The iss authorization response parameter (RFC 9207) lets a client that talks to several servers detect mix-up attacks.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (profile.IssuerResponseParameterRequired && configuration.Get(Setting.IssuerResponseParameter) is { AsBool: false } fact)
        {
            reporter.Report(Rule, fact, true, profile.Key, profile.IssuerResponseParameterClause);
        }
    }
}
