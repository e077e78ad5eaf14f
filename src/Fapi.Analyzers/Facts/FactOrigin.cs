namespace Fapi.Analyzers.Facts;

/// <summary>Where a fact's value comes from: written in code, or the library's documented default.</summary>
public enum FactOrigin
{
    Code,
    LibraryDefault,
}
