using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A pure check of one configuration against one profile; it knows no library.</summary>
internal abstract class Rule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>The roles this rule judges; the host runs it on those only.</summary>
    public virtual Roles Roles => Roles.Server | Roles.Client;

    public abstract void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter);

    public bool AppliesTo(ConfigurationKind kind) => kind switch
    {
        ConfigurationKind.Server => (Roles & Roles.Server) != 0,
        ConfigurationKind.Client => (Roles & Roles.Client) != 0,
        _ => (Roles & Roles.RelyingParty) != 0,
    };
}

/// <summary>Configuration roles a rule applies to.</summary>
[System.Flags]
internal enum Roles
{
    /// <summary>The authorization server's options.</summary>
    Server = 1,
    /// <summary>A client registration at the server.</summary>
    Client = 2,
    /// <summary>The client application's own OpenID Connect settings.</summary>
    RelyingParty = 4,
}
