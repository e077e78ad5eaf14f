using System;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;

namespace Fapi.Analyzers.Bindings;

/// <summary>Short constructors so that a library's bindings file reads like a table.</summary>
internal static class BindingTable
{
    public static PropertyBinding Property(string member, Setting setting, Func<object, object?>? read = null, Func<object, object?>? write = null)
        => new(member, setting, isCollection: false, read, write);

    /// <param name="read">Maps each element to the fact's value (a secret's type to an authentication method).</param>
    /// <param name="emptyMeansDefault">The collection is empty by default and the library then uses the default elements.</param>
    public static PropertyBinding Collection(string member, Setting setting, Func<object, object?>? read = null, bool emptyMeansDefault = false)
        => new(member, setting, isCollection: true, read) { EmptyMeansDefault = emptyMeansDefault };

    /// <summary>The elements of a set that start with <paramref name="prefix"/>, read without it (permissions "gt:implicit").</summary>
    public static PropertyBinding Prefixed(string member, string prefix, Setting setting)
        => new(member, setting, isCollection: true, e => e is string s && s.StartsWith(prefix, StringComparison.Ordinal) ? s.Substring(prefix.Length) : null, v => v is string s ? prefix + s : null)
        {
            Prefix = prefix,
        };

    /// <summary>A boolean setting that is true while the set <paramref name="member"/> holds <paramref name="element"/> (a requirement).</summary>
    /// <param name="code">The library constant that names the element, fully qualified (written by a fix that adds it).</param>
    public static PropertyBinding Membership(string member, string element, Setting setting, string code)
        => new(member, setting, isCollection: true) { Element = element, ElementCode = code };

    /// <summary>True for the mutual-TLS authentication methods (the library then binds tokens to the certificate), else no verdict.</summary>
    public static object? IsMutualTls(object method) => method is "tls_client_auth" or "self_signed_tls_client_auth" ? true : null;

    public static CallBinding Call(string type, string method, params Effect[] effects) => new(type, method, effects);

    public static ImmutableArray<SettingValue> Defaults(params (Setting Setting, object Value)[] values)
    {
        var builder = ImmutableArray.CreateBuilder<SettingValue>(values.Length);
        foreach (var (setting, value) in values)
        {
            builder.Add(new SettingValue(setting, value));
        }

        return builder.MoveToImmutable();
    }
}
