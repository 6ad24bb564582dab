import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';
export type ButtonSize = 'sm' | 'md' | 'lg';

const VARIANT: Record<ButtonVariant, string> = {
  primary: 'bg-brand text-white hover:bg-brand-dark',
  secondary: 'border border-brand text-brand hover:bg-slate-100',
  danger: 'bg-red-800 text-white hover:bg-red-900',
  quiet: 'border border-slate-500 text-slate-900 hover:bg-slate-100',
};
const SIZE: Record<ButtonSize, string> = {
  sm: 'px-4 py-2',
  md: 'px-5 py-2',
  lg: 'w-full px-6 py-3 sm:w-auto',
};

/** The classes of a button, for a link that looks like one (`<Link className={buttonClass()}>`). */
export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', extra = ''): string {
  return `inline-block rounded-md font-semibold disabled:opacity-60 ${VARIANT[variant]} ${SIZE[size]} ${extra}`.trim();
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

/** Every button of Termin: primary (the step forward), secondary, danger (cancels something), quiet. */
export function Button({
  variant = 'primary',
  size = 'md',
  className = '',
  type = 'submit',
  ...rest
}: Props) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}
