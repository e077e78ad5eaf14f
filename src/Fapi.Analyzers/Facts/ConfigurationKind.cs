namespace Fapi.Analyzers.Facts;

/// <summary>The role a configuration plays.</summary>
public enum ConfigurationKind
{
    /// <summary>A client registered at an authorization server.</summary>
    Client,
    /// <summary>The authorization server's options, which apply to every client.</summary>
    Server,
    /// <summary>A client application's own settings (the relying party side).</summary>
    RelyingParty,
}
