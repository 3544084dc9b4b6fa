import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/moderation/forgot-password-form';

export const metadata: Metadata = {
  title: 'Forgot your password?',
  robots: { index: false, follow: false },
};

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
