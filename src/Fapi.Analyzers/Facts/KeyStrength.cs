namespace Fapi.Analyzers.Facts;

/// <summary>A signing key's family (RSA or EC) and size in bits, as the code that creates it says.</summary>
public readonly struct KeyStrength : System.IEquatable<KeyStrength>
{
    public KeyStrength(KeyFamily family, int bits)
    {
        Family = family;
        Bits = bits;
    }

    public KeyFamily Family { get; }
    public int Bits { get; }

    public bool Equals(KeyStrength other) => Family == other.Family && Bits == other.Bits;

    public override bool Equals(object? obj) => obj is KeyStrength other && Equals(other);

    public override int GetHashCode() => ((int)Family * 397) ^ Bits;

    public override string ToString() => (Family == KeyFamily.Rsa ? "RSA " : "EC ") + Bits + "-bit";
}

public enum KeyFamily
{
    Rsa,
    EllipticCurve,
}
