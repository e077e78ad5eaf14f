namespace Fapi.Analyzers.Facts;

/// <summary>
/// The fix contract: the properties a FAPI diagnostic carries for the fixers. The setting and the compliant value say
/// what to write; the kind and the code say how, as the writer of the fact's source (C# today) wrote it.
/// </summary>
public static class FixProperties
{
    public const string Kind = "FapiFix";
    public const string Code = "FapiCode";
    public const string Setting = "FapiSetting";
    public const string Value = "FapiValue";

    /// <summary>A compliant value that means: remove the code that carries the fact.</summary>
    public static readonly object Remove = new();
}
