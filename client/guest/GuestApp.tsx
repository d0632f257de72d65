import { useEffect } from 'react';
import '../theme-forms.css';
import { useTitleFromHeading } from '../document-title.ts';
import { AppShell } from '../layout.tsx';
import { guestRoute, usePath } from './navigation.tsx';
import { AssignmentPage } from './pages/AssignmentPage.tsx';
import { AssignmentList } from './pages/AssignmentList.tsx';
import { ObservationPage } from './pages/ObservationPage.tsx';
import { registerServiceWorker } from './offline/register.ts';
import { startSync } from './sync.ts';

/**
 * The mystery guest's app under /opdracht/: the assignments on this device (and the landing of an
 * assignment link), one assignment with its steps, and the form of one observation. It works offline
 * once opened: the service worker serves the app, IndexedDB holds the data, and the outbox is sent
 * when the connection returns.
 */
export function GuestApp() {
  useTitleFromHeading();
  const path = usePath();
  useEffect(() => {
    registerServiceWorker();
    return startSync();
  }, []);
  const route = guestRoute(path);
  return (
    <AppShell logoLink="/opdracht/">
      {(locale) => {
        switch (route.page) {
          case 'list':
            return <AssignmentList key={path} locale={locale} />;
          case 'assignment':
            return <AssignmentPage key={path} assignmentId={route.assignmentId} locale={locale} />;
          case 'observation':
            return <ObservationPage key={path} assignmentId={route.assignmentId} observationId={route.observationId} locale={locale} />;
        }
      }}
    </AppShell>
  );
}
