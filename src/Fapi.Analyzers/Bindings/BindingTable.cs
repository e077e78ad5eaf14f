using System;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;

namespace Fapi.Analyzers.Bindings;

/// <summary>Short constructors so that a library's bindings file reads like a table.</summary>
internal static class BindingTable
{
    public static PropertyBinding Property(string member, Setting setting, Func<object, object?>? read = null, Func<object, object?>? write = null)
        => new(member, setting, isCollection: false, read, write);

    public static PropertyBinding Collection(string member, Setting setting)
        => new(member, setting, isCollection: true);

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
