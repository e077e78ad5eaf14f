namespace Fapi.Analyzers.Profiles;

/// <summary>The FAPI security profiles a project can target.</summary>
public enum FapiProfile
{
    Fapi1Baseline,
    Fapi1Advanced,
    Fapi2Security,
    Fapi2MessageSigning,
}

/// <summary>How the profile requires sender-constrained access tokens.</summary>
public enum SenderConstraint
{
    NotRequired,
    MutualTls,
    MutualTlsOrDpop,
}

/// <summary>When the profile requires PKCE.</summary>
public enum PkceRequirement
{
    Always,
    WhenPushedAuthorizationIsUsed,
}
