namespace Fapi.Analyzers.Facts;

/// <summary>A client registration, or the server (host) options that apply to every client.</summary>
public enum ConfigurationKind
{
    Client,
    Server,
}
