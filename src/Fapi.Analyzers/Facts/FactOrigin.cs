namespace Fapi.Analyzers.Facts;

/// <summary>Where a fact's value comes from.</summary>
public enum FactOrigin
{
    /// <summary>Written in code.</summary>
    Code,
    /// <summary>The library's documented default for a setting the code leaves unset.</summary>
    LibraryDefault,
    /// <summary>What the library does whatever the configuration says: no setting can change it, so no fix.</summary>
    LibraryLimitation,
}
